using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Retention;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Infrastructure.Retention;

/// <summary>
/// Once a day, removes or anonymises what the retention policy (<see cref="RetentionPolicy"/>,
/// <c>Voice:Retention</c>) says is due, and writes what it did to the audit log, one entry per
/// kind of record. Each kind is its own step: one that fails is logged and the others still run.
/// </summary>
public class RetentionJob(IOptions<VoiceOptions> options, ILogger<RetentionJob> log) : IBackgroundJob
{
    /// <summary>What an anonymised complaint says instead of the complainant's name and words.</summary>
    public const string Erased = "[removed after the retention period]";

    public string Name => "retention";
    public TimeSpan Interval => TimeSpan.FromDays(1);

    delegate Task<int> Step(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct);

    static readonly (string Kind, string Did, Step Run)[] Steps =
    [
        ("Complaint", "anonymised", AnonymiseComplaintsAsync),
        ("HealthHistoryRequest", "deleted", DeleteHealthHistoryAsync),
        ("SafeguardingFlag", "deleted", DeleteFlagsAsync),
        ("Invitation", "deleted", DeleteViewsAsync),
        ("FeedbackItem", "deleted", DeleteFeedbackItemsAsync),
        ("OutboxMessage", "deleted", DeleteSentMessagesAsync),
        ("OutboxFile", "deleted", DeleteOutboxFilesAsync),
    ];

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var policy = options.Value.Retention;
        foreach (var (kind, did, run) in Steps)
        {
            using var scope = services.CreateScope();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            try
            {
                var count = await run(scope.ServiceProvider, policy, now, ct);
                if (count > 0)
                    await scope.ServiceProvider.GetRequiredService<AuditWriter>().WriteAsync(AuditActor.System, $"Retention: {did} expired records", kind, null,
                        $"{count} {did}", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Retention of {Kind} failed; the other kinds went ahead", kind);
            }
        }
    }

    /// <summary>
    /// Closed or withdrawn complaints past the period keep their reference, dates, route, stages and
    /// outcome (the council's figures), and lose the complainant's name, contact details, what they
    /// wrote and their tracking code. Timeline entries are evidence and append-only: they stay.
    /// </summary>
    static Task<int> AnonymiseComplaintsAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct)
    {
        if (RetentionPolicy.CutOffDate(policy.ComplaintDays, Voice.Data.Calendar.UkClock.DateOf(now)) is not { } cut) return Task.FromResult(0);
        return AnonymiseAsync(services.GetRequiredService<VoiceDbContext>().Complaints
            .Where(c => ((c.ClosedOn != null && c.ClosedOn < cut) || (c.WithdrawnOn != null && c.WithdrawnOn < cut)) && c.ComplainantName != Erased), ct);
    }

    /// <summary>
    /// Removes the complainant's name, contact details, what they wrote and their tracking code
    /// (so no code opens the complaint), keeping the reference, dates, route, stages and outcome.
    /// The retention job and the administrators' erasure page both use it.
    /// </summary>
    public static Task<int> AnonymiseAsync(IQueryable<Voice.Data.Complaints.Complaint> complaints, CancellationToken ct) =>
        complaints.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ComplainantName, Erased).SetProperty(c => c.Relationship, (string?)null)
            .SetProperty(c => c.Email, (string?)null).SetProperty(c => c.Phone, (string?)null).SetProperty(c => c.Address, (string?)null)
            .SetProperty(c => c.Description, Erased).SetProperty(c => c.WantedOutcome, (string?)null).SetProperty(c => c.LateReason, (string?)null)
            .SetProperty(c => c.InterpreterLanguage, (string?)null).SetProperty(c => c.OtherFormat, (string?)null)
            .SetProperty(c => c.TrackingCodeHash, Erased)
            .SetProperty(c => c.TrackingLinkHash, (string?)null), ct);

    static Task<int> DeleteHealthHistoryAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct) =>
        RetentionPolicy.CutOff(policy.HealthHistoryDays, now) is { } cut
            ? services.GetRequiredService<VoiceDbContext>().HealthHistoryRequests.Where(r => r.CompletedAt != null && r.CompletedAt < cut).ExecuteDeleteAsync(ct)
            : Task.FromResult(0);

    static Task<int> DeleteFlagsAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct) =>
        RetentionPolicy.CutOff(policy.SafeguardingFlagDays, now) is { } cut
            ? services.GetRequiredService<VoiceDbContext>().SafeguardingFlags.Where(f => f.DecidedAt != null && f.DecidedAt < cut).ExecuteDeleteAsync(ct)
            : Task.FromResult(0);

    /// <summary>Invitations whose code stopped working before the cut-off, with the answers and decisions (deleted with them).</summary>
    static Task<int> DeleteViewsAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct) =>
        RetentionPolicy.CutOffDate(policy.ViewsDays, Voice.Data.Calendar.UkClock.DateOf(now)) is { } cut
            ? services.GetRequiredService<VoiceDbContext>().Invitations.Where(i => i.ExpiresOn < cut).ExecuteDeleteAsync(ct)
            : Task.FromResult(0);

    /// <summary>
    /// QA read-model rows given before the cut-off. The newest row of each source stays (the feed
    /// reads on from it, so nothing is copied in again), and the summaries are rebuilt without the rest.
    /// </summary>
    static async Task<int> DeleteFeedbackItemsAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct)
    {
        if (RetentionPolicy.CutOffDate(policy.FeedbackItemDays, Voice.Data.Calendar.UkClock.DateOf(now)) is not { } cut) return 0;
        var db = services.GetRequiredService<VoiceDbContext>();
        var deleted = await db.FeedbackItems
            .Where(f => f.On < cut && f.SourceAt < db.FeedbackItems.Where(n => n.Source == f.Source).Max(n => n.SourceAt))
            .ExecuteDeleteAsync(ct);
        if (deleted > 0) await Voice.Data.Analytics.FeedbackSummaryBuilder.RebuildAsync(db, ct);
        return deleted;
    }

    static Task<int> DeleteSentMessagesAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct) =>
        RetentionPolicy.CutOff(policy.SentMessageDays, now) is { } cut
            ? services.GetRequiredService<VoiceDbContext>().OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cut).ExecuteDeleteAsync(ct)
            : Task.FromResult(0);

    /// <summary>Files written by the Outbox mode; their age is the file system's last write time.</summary>
    static Task<int> DeleteOutboxFilesAsync(IServiceProvider services, RetentionPolicy policy, DateTime now, CancellationToken ct)
    {
        var folder = services.GetRequiredService<VoicePaths>().Outbox;
        if (RetentionPolicy.CutOff(policy.OutboxFileDays, now) is not { } cut || !Directory.Exists(folder)) return Task.FromResult(0);
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) >= cut) continue;
            File.Delete(file);
            deleted++;
        }
        return Task.FromResult(deleted);
    }
}
