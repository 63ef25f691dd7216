using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Data.Complaints;
using Voice.Data.Feedback.Views;
using Voice.Data.Outbox;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Retention;

namespace Voice.Tests.Retention;

/// <summary>The retention job on an app of its own (it deletes across the whole database).</summary>
public class RetentionJobTests
{
    [Theory, BothDatabases]
    public async Task ExpiredRecords_AreRemovedOrAnonymised_RecentOnesKept_AndTheRunIsAudited(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var old = now.AddDays(-3000);
        var recent = now.AddDays(-1);
        var today = ComplaintKit.Today(app);

        var (oldComplaint, oldReference, oldCode) = await ComplaintKit.CreateAsync(app, today.AddDays(-3000), email: "old@example.com", name: "Olive Old");
        var (newComplaint, _, _) = await ComplaintKit.CreateAsync(app, today.AddDays(-20), email: "new@example.com", name: "Nina New");
        var (openComplaint, _, _) = await ComplaintKit.CreateAsync(app, today.AddDays(-3000), email: "open@example.com", name: "Owen Open");
        await using (var db = app.NewDbContext())
        {
            await db.Complaints.Where(c => c.Id == oldComplaint).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComplaintStatus.Closed).SetProperty(c => c.ClosedOn, today.AddDays(-2900)));
            await db.Complaints.Where(c => c.Id == newComplaint).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComplaintStatus.Closed).SetProperty(c => c.ClosedOn, today.AddDays(-2)));
            db.HealthHistoryRequests.AddRange(Request("HH-OLD", old, now), Request("HH-NEW", recent, now), Request("HH-OPEN", null, now));
            db.SafeguardingFlags.AddRange(Flag("old", old, now), Flag("new", recent, now), Flag("open", null, now));
            db.OutboxMessages.AddRange(Message("old", old), Message("new", recent));
            await db.SaveChangesAsync();
        }
        Directory.CreateDirectory(app.Outbox);
        var oldFile = Path.Combine(app.Outbox, "old.json");
        var newFile = Path.Combine(app.Outbox, "new.json");
        await File.WriteAllTextAsync(oldFile, "{}");
        await File.WriteAllTextAsync(newFile, "{}");
        File.SetLastWriteTimeUtc(oldFile, old);
        File.SetLastWriteTimeUtc(newFile, recent);

        var job = app.Services.GetServices<IBackgroundJob>().OfType<RetentionJob>().Single();
        using (var scope = app.Services.CreateScope()) await job.RunAsync(scope.ServiceProvider, CancellationToken.None);

        await using (var db = app.NewDbContext())
        {
            var anonymised = await db.Complaints.SingleAsync(c => c.Id == oldComplaint);
            Assert.Equal(RetentionJob.Erased, anonymised.ComplainantName);
            Assert.Equal(RetentionJob.Erased, anonymised.Description);
            Assert.Null(anonymised.Email);
            Assert.Null(anonymised.WantedOutcome);
            Assert.Equal(oldReference, anonymised.Reference); // the figures keep their record
            Assert.Equal("Nina New", (await db.Complaints.SingleAsync(c => c.Id == newComplaint)).ComplainantName);
            Assert.Equal("Owen Open", (await db.Complaints.SingleAsync(c => c.Id == openComplaint)).ComplainantName);

            Assert.Equal(["HH-NEW", "HH-OPEN"], await db.HealthHistoryRequests.Select(r => r.Reference).OrderBy(r => r).ToListAsync());
            Assert.Equal(["new", "open"], await db.SafeguardingFlags.Where(f => f.Source == "complaint" && (f.SourceRecord == "old" || f.SourceRecord == "new" || f.SourceRecord == "open")).Select(f => f.SourceRecord).OrderBy(r => r).ToListAsync());
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Subject == "old"));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Subject == "new"));

            var audit = await db.AuditEntries.Where(a => a.Action.StartsWith("Retention:")).ToListAsync();
            Assert.Contains(audit, a => a.RecordType == "Complaint" && a.Detail == "1 anonymised");
            Assert.Contains(audit, a => a.RecordType == "HealthHistoryRequest" && a.Detail == "1 deleted");
            Assert.Contains(audit, a => a.RecordType == "SafeguardingFlag" && a.Detail == "1 deleted");
            Assert.Contains(audit, a => a.RecordType == "OutboxMessage" && a.Detail == "1 deleted");
            Assert.Contains(audit, a => a.RecordType == "OutboxFile" && a.Detail == "1 deleted");
        }
        Assert.False(File.Exists(oldFile));
        Assert.True(File.Exists(newFile));

        // The anonymised complaint's old tracking code opens nothing.
        var client = PageClient.For(app);
        var form = await client.GetAsync("/complaints/track");
        Assert.NotEqual(System.Net.HttpStatusCode.Redirect, (await client.SubmitAsync(form.Form(), ("Reference", oldReference), ("Code", oldCode))).Status);

        // A second run finds nothing more to do and writes nothing.
        var before = await CountRetentionEntriesAsync(app);
        using (var scope = app.Services.CreateScope()) await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        Assert.Equal(before, await CountRetentionEntriesAsync(app));
    }

    [Theory, BothDatabases]
    public async Task ViewsAndQaFeedback_PastTheirPeriods_AreDeleted_RecentOnesKept(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = ComplaintKit.Today(app);
        var practitioner = await app.CreateStaffAsync([Voice.Data.Identity.Roles.Practitioner]);
        // The code stopped working 14 days after the meeting: 2 years and a day ago, and a year ago.
        var (oldViews, _) = await Voice.Tests.Pages.Views.ViewsTestData.InviteAsync(app, practitioner, eventDate: today.AddDays(-731 - 14));
        var (newViews, _) = await Voice.Tests.Pages.Views.ViewsTestData.InviteAsync(app, practitioner, eventDate: today.AddDays(-365));
        await using (var db = app.NewDbContext())
        {
            foreach (var invitation in new[] { oldViews, newViews })
                db.ViewResponses.Add(new ViewResponse
                {
                    Id = Guid.NewGuid(), InvitationId = invitation.Id, QuestionnaireId = invitation.QuestionnaireId, QuestionnaireVersion = "v1",
                    StartedAt = now, UpdatedAt = now, SubmittedAt = now,
                    Answers = [new ViewAnswer { QuestionId = "anything-else", Ordinal = 0, Value = "words of " + invitation.Id }],
                });
            var longAgo = today.AddDays(-6 * 365 - 1);
            db.FeedbackItems.AddRange(
                Item("views", "view:old", longAgo, now.AddDays(-3000)),
                Item("views", "view:new", today.AddDays(-30), now.AddDays(-30)),
                Item("complaint", "complaint:only", longAgo, now.AddDays(-3000))); // the newest of its source: the feed reads on from it
            await db.SaveChangesAsync();
        }

        var job = app.Services.GetServices<IBackgroundJob>().OfType<RetentionJob>().Single();
        using (var scope = app.Services.CreateScope()) await job.RunAsync(scope.ServiceProvider, CancellationToken.None);

        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.Invitations.AnyAsync(i => i.Id == oldViews.Id));
            Assert.False(await db.ViewResponses.AnyAsync(r => r.InvitationId == oldViews.Id));
            Assert.False(await db.ViewAnswers.AnyAsync(a => a.Value == "words of " + oldViews.Id));
            Assert.True(await db.ViewAnswers.AnyAsync(a => a.Value == "words of " + newViews.Id));
            Assert.Equal(["complaint:only", "view:new"], await db.FeedbackItems.Where(f => f.ResponseKey == "view:old" || f.ResponseKey == "view:new" || f.ResponseKey == "complaint:only")
                .Select(f => f.ResponseKey).OrderBy(k => k).ToListAsync());
            var audit = await db.AuditEntries.Where(a => a.Action.StartsWith("Retention:")).ToListAsync();
            Assert.Contains(audit, a => a.RecordType == "Invitation" && a.Detail == "1 deleted");
            Assert.Contains(audit, a => a.RecordType == "FeedbackItem" && a.Detail == "1 deleted");
        }
    }

    static Voice.Data.Analytics.FeedbackItem Item(string source, string key, DateOnly on, DateTime sourceAt) => new()
    {
        Source = source, ResponseKey = key, JourneyPoint = source, Team = "North", AgeBand = "unknown", On = on,
        Month = on.Year * 100 + on.Month, Quarter = on.Year * 10 + (on.Month + 2) / 3, Text = "fine", Words = 1, SourceAt = sourceAt, IngestedAt = sourceAt,
    };

    static async Task<int> CountRetentionEntriesAsync(VoiceApplication app)
    {
        await using var db = app.NewDbContext();
        return await db.AuditEntries.CountAsync(a => a.Action.StartsWith("Retention:"));
    }

    static HealthHistoryRequest Request(string reference, DateTime? completedAt, DateTime now) => new()
    {
        Reference = reference, CodeHash = "x", FullName = "Care Leaver", DateOfBirth = new DateOnly(2005, 1, 1), ContactBy = ContactMethod.Email,
        Email = "cl@example.com", WhatTheyWant = "My immunisation record", ReceiveBy = ReceiveMethod.Email,
        Status = completedAt is null ? HealthHistoryStatus.InProgress : HealthHistoryStatus.Sent,
        ReceivedAt = (completedAt ?? now).AddDays(-10), DueOn = new DateOnly(2026, 1, 1), CompletedAt = completedAt, UpdatedAt = completedAt ?? now,
    };

    static SafeguardingFlag Flag(string record, DateTime? decidedAt, DateTime now) => new()
    {
        Id = Guid.NewGuid(), Source = "complaint", SourceRecord = record, SourceLabel = record, ScreenedText = "words", RaisedAt = (decidedAt ?? now).AddDays(-1),
        DueAt = decidedAt ?? now, Decision = decidedAt is null ? null : FlagDecision.NoConcern, DecidedAt = decidedAt,
    };

    static OutboxMessage Message(string subject, DateTime sentAt) => new()
    {
        Kind = "test", ToEmail = "someone@example.com", Subject = subject, Body = "body", Status = OutboxStatus.Sent,
        CreatedAt = sentAt, NextAttemptAt = sentAt, SentAt = sentAt,
    };
}
