using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Features.Batches;
using Voice.Web.Features.Views;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Tests.Areas.Staff.Views;

/// <summary>The jobs run directly, on their own app, with the clock moved from day to day.</summary>
public partial class ViewsJobsTests
{
    [GeneratedRegex("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")]
    private static partial Regex Code();

    static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    static async Task RunAsync<T>(VoiceApplication app) where T : IBackgroundJob
    {
        var job = app.Services.GetServices<IBackgroundJob>().OfType<T>().Single();
        using var scope = app.Services.CreateScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    static async Task<Invitation> BulkInvitationAsync(VoiceApplication app, StaffAccount practitioner, string contact, Action<Invitation, ViewResponse>? progress = null)
    {
        var code = Voice.Data.Access.AccessCodes.NewCode();
        using var scope = app.Services.CreateScope();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(), BatchId = Guid.NewGuid(), CaseReference = "J-" + Random.Shared.Next(100000, 999999), ContactEmail = contact, Team = "North",
            EventType = "assessment-closed", EventDate = today.AddDays(-2), QuestionnaireId = "after-assessment", CodeHash = Voice.Tests.Pages.Views.ViewsTestData.Hash(app, code),
            ProtectedCode = scope.ServiceProvider.GetRequiredService<BulkInvitationEmails>().Protect(code), ExpiresOn = today.AddDays(14),
            CreatedAt = now, CreatedById = practitioner.Id, CreatedByName = "Priya Practitioner", EmailSentAt = now,
        };
        var response = new ViewResponse
        {
            Id = Guid.NewGuid(), InvitationId = invitation.Id, QuestionnaireId = "after-assessment", QuestionnaireVersion = "v1", StartedAt = now, UpdatedAt = now,
        };
        progress?.Invoke(invitation, response);
        await using var db = app.NewDbContext();
        db.Invitations.Add(invitation);
        if (progress is not null) db.ViewResponses.Add(response);
        await db.SaveChangesAsync();
        invitation.ProtectedCode = code; // for the test to compare with the reminder
        return invitation;
    }

    [Theory, BothDatabases]
    public async Task Reminders_GoOnce_SevenDaysAfterTheInvitation_OnWorkingDays_ToThoseWhoHaveNotSent(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Set(At(11, 13));                          // Friday
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var notStarted = await BulkInvitationAsync(app, practitioner, "not-started@example.com");
        var started = await BulkInvitationAsync(app, practitioner, "started@example.com", (_, _) => { });
        var sent = await BulkInvitationAsync(app, practitioner, "sent@example.com", (_, r) => r.SubmittedAt = r.StartedAt);
        var reminded = await BulkInvitationAsync(app, practitioner, "reminded@example.com", (i, _) => i.ReminderSentAt = i.CreatedAt);
        var stopped = await BulkInvitationAsync(app, practitioner, "stopped@example.com", (i, _) => i.RevokedAt = i.CreatedAt);

        app.Clock.Set(At(11, 19));                          // Thursday: 6 days
        await RunAsync<BulkInvitationRemindersJob>(app);
        app.Clock.Set(At(11, 21));                          // Saturday: 8 days, not a working day
        await RunAsync<BulkInvitationRemindersJob>(app);
        Assert.Empty(app.Emails());

        app.Clock.Set(At(11, 23));                          // Monday
        await RunAsync<BulkInvitationRemindersJob>(app);
        await RunAsync<BulkInvitationRemindersJob>(app);
        app.Clock.Set(At(11, 24));
        await RunAsync<BulkInvitationRemindersJob>(app);

        foreach (var invitation in new[] { notStarted, started })
        {
            var email = Assert.Single(app.EmailsTo(invitation.ContactEmail!));
            Assert.StartsWith("Reminder:", email.Subject);
            Assert.Equal(Voice.Data.Access.AccessCodes.Format(invitation.ProtectedCode!), Code().Match(email.Body).Value);
        }
        Assert.Equal(2, app.Emails().Count);
        await using var db = app.NewDbContext();
        var after = await db.Invitations.Where(i => i.CreatedById == practitioner.Id).ToDictionaryAsync(i => i.ContactEmail!);
        Assert.Equal(At(11, 23).UtcDateTime, after["not-started@example.com"].ReminderSentAt);
        Assert.Null(after["not-started@example.com"].ProtectedCode);
        Assert.Null(after["sent@example.com"].ReminderSentAt);
        Assert.Null(after["sent@example.com"].ProtectedCode);   // no longer needed, so forgotten
        Assert.Null(after["stopped@example.com"].ReminderSentAt);
        Assert.Equal(reminded.ReminderSentAt, after["reminded@example.com"].ReminderSentAt);
        _ = sent; _ = stopped;
    }

    [Theory, BothDatabases]
    public async Task ABadRecord_DoesNotStopTheRemindersAfterIt_AndIsRecorded(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Set(At(11, 13, 9));                       // Friday, an hour before the others
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var bad = await BulkInvitationAsync(app, practitioner, "bad@example.com");
        await using (var db = app.NewDbContext())           // a kept code that no longer decrypts (a lost key) throws
            await db.Invitations.Where(i => i.Id == bad.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProtectedCode, "not-a-protected-code"));
        app.Clock.Set(At(11, 13));
        var good = new[] { await BulkInvitationAsync(app, practitioner, "good1@example.com"), await BulkInvitationAsync(app, practitioner, "good2@example.com") };

        app.Clock.Set(At(11, 23));                          // Monday
        var job = app.Services.GetServices<IBackgroundJob>().OfType<BulkInvitationRemindersJob>().Single();
        Assert.False(await app.Services.GetRequiredService<JobHost>().RunIfDueAsync(job, CancellationToken.None));

        foreach (var invitation in good) Assert.StartsWith("Reminder:", Assert.Single(app.EmailsTo(invitation.ContactEmail!)).Subject);
        Assert.Empty(app.EmailsTo("bad@example.com"));
        await using var check = app.NewDbContext();
        var lease = await check.JobLeases.SingleAsync(l => l.Name == job.Name);
        Assert.Equal(1, lease.FailureCount);
        Assert.Contains($"Invitation {bad.Id}", lease.LastError);
        Assert.DoesNotContain(good[0].Id.ToString(), lease.LastError);
        Assert.Null((await check.Invitations.SingleAsync(i => i.Id == bad.Id)).ReminderSentAt);
    }

    [Theory, BothDatabases]
    public async Task AnInvitationEmailThatFailedAtUpload_IsSentByTheJob_Once(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Set(At(11, 23, 9));                       // Monday
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var invitation = await BulkInvitationAsync(app, practitioner, "late@example.com", (i, _) => i.EmailSentAt = null);
        await using (var db = app.NewDbContext())
            await db.ViewResponses.Where(r => r.InvitationId == invitation.Id).ExecuteDeleteAsync();

        await RunAsync<BulkInvitationRemindersJob>(app);    // the upload may still be sending it
        Assert.Empty(app.Emails());
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await RunAsync<BulkInvitationRemindersJob>(app);
        await RunAsync<BulkInvitationRemindersJob>(app);

        var email = Assert.Single(app.EmailsTo("late@example.com"));
        Assert.DoesNotContain("Reminder", email.Subject);
        Assert.Equal(Voice.Data.Access.AccessCodes.Format(invitation.ProtectedCode!), Code().Match(email.Body).Value);
    }

    [Theory, BothDatabases]
    public async Task UnreadViews_CloseToTheMeeting_AreChasedOnce_OnWorkingDays(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Set(At(11, 22));                          // Sunday
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var unreadSoon = await Views(app, practitioner, new DateOnly(2026, 11, 25), submitted: true, read: false);   // Wednesday: 3 working days from Sunday
        await Views(app, practitioner, new DateOnly(2026, 12, 1), submitted: true, read: false);                     // 6 working days away
        await Views(app, practitioner, new DateOnly(2026, 11, 24), submitted: true, read: true);
        await Views(app, practitioner, new DateOnly(2026, 11, 24), submitted: false, read: false);

        await RunAsync<UnreadViewsChaseJob>(app);
        Assert.Empty(app.Emails());

        app.Clock.Set(At(11, 23));                          // Monday
        await RunAsync<UnreadViewsChaseJob>(app);
        await RunAsync<UnreadViewsChaseJob>(app);
        app.Clock.Set(At(11, 24));
        await RunAsync<UnreadViewsChaseJob>(app);

        var email = Assert.Single(app.EmailsTo(practitioner.Email));
        Assert.Contains(unreadSoon.CaseReference, email.Subject);
        Assert.Contains("in 2 working days", email.Subject);
        Assert.Contains($"/staff/views/{unreadSoon.Id}/answers", email.Body);
        await using var db = app.NewDbContext();
        Assert.Equal(At(11, 23).UtcDateTime, (await db.Invitations.SingleAsync(i => i.Id == unreadSoon.Id)).ChasedAt);
        Assert.Equal(1, await db.Invitations.CountAsync(i => i.CreatedById == practitioner.Id && i.ChasedAt != null));
    }

    static async Task<Invitation> Views(VoiceApplication app, StaffAccount practitioner, DateOnly eventDate, bool submitted, bool read)
    {
        var (invitation, _) = await Voice.Tests.Pages.Views.ViewsTestData.InviteAsync(app, practitioner, eventDate: eventDate);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using var db = app.NewDbContext();
        db.ViewResponses.Add(new ViewResponse
        {
            Id = Guid.NewGuid(), InvitationId = invitation.Id, QuestionnaireId = invitation.QuestionnaireId, QuestionnaireVersion = "v1",
            StartedAt = now, UpdatedAt = now, SubmittedAt = submitted ? now : null, FirstReadAt = read ? now : null, FirstReadByName = read ? "Priya" : null,
        });
        await db.SaveChangesAsync();
        return invitation;
    }
}
