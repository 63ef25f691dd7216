using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Complaints;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Web.Api;
using Voice.Web.Features.Batches;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Features.Quality;

/// <summary>
/// Fills the QA read model from every source and re-counts the summaries the QA pages read.
/// Runs on one node at a time (job lease); never inside the request that saved the feedback.
/// </summary>
public class FeedbackJob : IBackgroundJob
{
    public string Name => "quality-feedback";
    public TimeSpan Interval => TimeSpan.FromMinutes(10);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var ingest = services.GetRequiredService<FeedbackIngest>();
        var db = services.GetRequiredService<VoiceDbContext>();
        var changed = await ingest.RunAsync(ct);
        if (changed > 0 || !await db.FeedbackSummaries.AnyAsync(ct))
            await FeedbackSummaryBuilder.RebuildAsync(db, ct);
    }
}

/// <summary>
/// When a complaint closes, its complainant is invited to the after-complaint questionnaire: this
/// finds closed complaints (in the last <see cref="LookBackDays"/> days, with an email address)
/// that have no invitation yet, makes one and sends it with the bulk invitation emails (claimed
/// before sending, so never twice). The complaint pages are not touched.
/// </summary>
public class AfterComplaintInvitationJob : IBackgroundJob
{
    public const string QuestionnaireId = "after-complaint";
    public const int LookBackDays = 60;
    public const int CodeWorksForDays = 28;

    public string Name => "quality-after-complaint-invitations";
    public TimeSpan Interval => TimeSpan.FromMinutes(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        if (!services.GetRequiredService<QuestionnaireCatalog>().TryGet(QuestionnaireId, out _)) return;
        var today = services.GetRequiredService<CalendarService>().Today;
        var emails = services.GetRequiredService<BulkInvitationEmails>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var since = today.AddDays(-LookBackDays);
        var closed = await db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Closed && c.ClosedOn != null && c.ClosedOn >= since && c.Email != null
                        && !db.Invitations.Any(i => i.CaseReference == c.Reference && i.EventType == QuestionnaireEventTypes.ComplaintClosed))
            .OrderBy(c => c.ClosedOn).Take(200)
            .Select(c => new { c.Reference, c.Email, ClosedOn = c.ClosedOn!.Value, c.Service })
            .ToListAsync(ct);
        foreach (var c in closed)
        {
            var secret = Voice.Data.Access.AccessSecret.New();
            var codes = services.GetRequiredService<Voice.Data.Access.AccessCodes>();
            var invitation = new Invitation
            {
                Id = Guid.NewGuid(), CaseReference = c.Reference, EventType = QuestionnaireEventTypes.ComplaintClosed, EventDate = c.ClosedOn,
                QuestionnaireId = QuestionnaireId, CodeHash = codes.Hash(secret.Code), LinkTokenHash = codes.HashLink(secret.LinkToken!), ExpiresOn = today.AddDays(CodeWorksForDays),
                CreatedAt = now, CreatedById = "system", CreatedByName = "Voice", ContactEmail = c.Email, Team = ComplaintServices.Label(c.Service),
                ProtectedCode = emails.Protect(secret.Pack()),
            };
            db.Invitations.Add(invitation);
            // The invitation and its email are saved together: the outbox dispatcher sends it.
            emails.QueueInvitation(invitation, secret.Pack());
            await db.SaveChangesAsync(ct);
        }
    }
}
