using Humanizer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Api;
using Voice.Web.Features.Batches;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Web.Features.Views;

/// <summary>
/// Bulk invitations: sends any invitation email the upload could not send, and one reminder
/// <see cref="ReminderAfterDays"/> days after the invitation to everyone who has not sent their
/// answers. Runs on working days only. Each email is claimed before it goes, so none is sent twice.
/// </summary>
public class BulkInvitationRemindersJob : IBackgroundJob
{
    public const int ReminderAfterDays = 7;
    /// <summary>Invitations younger than this are left to the upload that is sending them.</summary>
    public static readonly TimeSpan UploadGrace = TimeSpan.FromMinutes(15);

    public string Name => "views-bulk-reminders";
    public TimeSpan Interval => TimeSpan.FromMinutes(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var calendars = services.GetRequiredService<CalendarService>();
        var today = calendars.Today;
        if (!(await calendars.GetAsync(db, ct)).IsWorkingDay(today)) return;
        var emails = services.GetRequiredService<BulkInvitationEmails>();
        var now = services.GetRequiredService<Voice.Data.Calendar.UkClock>().UtcNow;

        var unsentBefore = now - UploadGrace;
        var unsent = await db.Invitations.AsNoTracking()
            .Where(i => i.BatchId != null && i.EmailSentAt == null && i.ProtectedCode != null && i.RevokedAt == null
                        && i.ExpiresOn >= today && i.CreatedAt <= unsentBefore)
            .OrderBy(i => i.CreatedAt).Take(1000).ToListAsync(ct);
        var run = services.GetRequiredService<Voice.Data.Jobs.JobRun>();
        await run.EachAsync(unsent, i => $"Invitation {i.Id}", i => emails.SendLateInvitationAsync(i, ct), ct);

        var sentBefore = now.AddDays(-ReminderAfterDays);
        var due = await db.Invitations.AsNoTracking()
            .Where(i => i.BatchId != null && i.EmailSentAt != null && i.EmailSentAt <= sentBefore && i.ReminderSentAt == null
                        && i.ProtectedCode != null && i.RevokedAt == null && i.ExpiresOn >= today
                        && (i.Response == null || i.Response.SubmittedAt == null))
            .OrderBy(i => i.EmailSentAt).Take(1000).ToListAsync(ct);
        await run.EachAsync(due, i => $"Invitation {i.Id}", i => emails.SendReminderAsync(i, ct), ct);

        // Codes no reminder will need any more are forgotten.
        await db.Invitations
            .Where(i => i.ProtectedCode != null && ((i.Response != null && i.Response.SubmittedAt != null) || i.RevokedAt != null || i.ExpiresOn < today))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ProtectedCode, (string?)null), ct);
    }
}

/// <summary>
/// Unread views close to the meeting: when a young person's answers are in but unread and the
/// meeting is within <see cref="InvitationStatus.ChaseWithinWorkingDays"/> working days, the
/// practitioner who invited them is emailed, once. Runs on working days only.
/// </summary>
public class UnreadViewsChaseJob : IBackgroundJob
{
    public string Name => "views-chase-unread";
    public TimeSpan Interval => TimeSpan.FromMinutes(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var calendars = services.GetRequiredService<CalendarService>();
        var calendar = await calendars.GetAsync(db, ct);
        var today = calendars.Today;
        if (!calendar.IsWorkingDay(today)) return;
        var outbox = services.GetRequiredService<Voice.Data.Outbox.Outbox>();
        var links = services.GetRequiredService<InvitationLinks>();
        var batchLinks = services.GetRequiredService<BatchLinks>();
        var users = services.GetRequiredService<UserManager<VoiceUser>>();
        var now = services.GetRequiredService<Voice.Data.Calendar.UkClock>().UtcNow;

        // Working days are never more than calendar days, so this bounds the candidates.
        var horizon = today.AddDays(InvitationStatus.ChaseWithinWorkingDays * 3 + 14);
        var candidates = await db.Invitations.AsNoTracking()
            .Where(i => i.ChasedAt == null && i.RevokedAt == null && i.EventDate >= today && i.EventDate <= horizon
                        && i.Response != null && i.Response.SubmittedAt != null && i.Response.FirstReadAt == null)
            .Select(i => new { i.Id, i.CaseReference, i.EventDate, i.CreatedById })
            .ToListAsync(ct);
        var run = services.GetRequiredService<Voice.Data.Jobs.JobRun>();
        await run.EachAsync(candidates.Where(c => calendar.CountWorkingDays(today, c.EventDate) <= InvitationStatus.ChaseWithinWorkingDays), i => $"Invitation {i.Id}", async i =>
        {
            var practitioner = await users.FindByIdAsync(i.CreatedById);
            if (practitioner?.Email is null || practitioner.IsDisabled) return;
            var days = calendar.CountWorkingDays(today, i.EventDate);
            var when = days <= 0 ? "today" : $"in {"working day".ToQuantity(days)}";
            // The claim (ChasedAt) and the email are saved together: chased once, on one node.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Invitations.Where(x => x.Id == i.Id && x.ChasedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ChasedAt, now), ct);
            if (claimed == 0) return;
            outbox.Email("views-unread-chase", practitioner.Email, $"Views not read yet: case {i.CaseReference}, meeting {when}", $"""
                Hello {practitioner.DisplayName},

                The young person for case {i.CaseReference} sent their views for the meeting on {i.EventDate:d MMMM yyyy} ({when}). Nobody has read them yet.

                Read them before the meeting:
                {batchLinks.Public(links.Answers(i.Id))}

                This is the only reminder about these views.
                """);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }, ct);
    }
}
