using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Inspections;

/// <summary>One line of "You said, we did": the young people's words, what was done or why not, who owns it, when.</summary>
public sealed record YouSaidWeDidEntry(
    string Topic, string Source, string YouSaid, string WeDid, bool CouldNot, string Status, string Owner, DateOnly When);

/// <summary>
/// Builds "You said, we did" from recommendations answered in published audits and from feedback
/// staff marked as acted on. Words are returned as stored; the page redacts them with the shared
/// rule before showing them.
/// </summary>
public static class YouSaidWeDid
{
    static readonly AuditStatus[] Public = [AuditStatus.Published, AuditStatus.ActionsInProgress, AuditStatus.Verified, AuditStatus.Closed];

    public static async Task<IReadOnlyList<YouSaidWeDidEntry>> LoadAsync(VoiceDbContext db, string? topic, int? year, CancellationToken ct = default)
    {
        var recs = await (
                from r in db.AuditRecommendations.AsNoTracking()
                join a in db.Audits.AsNoTracking() on r.AuditId equals a.Id
                where Public.Contains(a.Status) && r.Response != null && (topic == null || a.Topic == topic)
                select new { a.Topic, a.Title, r.Text, r.Response, r.ResponseReason, r.RespondedAt, r.RespondedByName, Action = r.Action })
            .ToListAsync(ct);
        var entries = recs.Select(r =>
        {
            var action = r.Action;
            var when = action is null ? DateOnly.FromDateTime(r.RespondedAt!.Value) : action.DoneOn ?? action.DueOn;
            var status = action is null ? "We could not do this"
                : action.Verification is { } v ? $"Checked by young inspectors: {v.Label().ToLowerInvariant()}"
                : action.Status == ActionStatus.Done ? "Done" : $"In progress, due {action.DueOn:d MMMM yyyy}";
            var weDid = action is null ? r.ResponseReason ?? ""
                : r.Response == RecommendationResponse.PartlyAccepted && r.ResponseReason is not null ? $"{action.What} ({r.ResponseReason})" : action.What;
            return new YouSaidWeDidEntry(r.Topic, $"Young inspectors: {r.Title}", r.Text, weDid, action is null, status,
                action?.OwnerName ?? r.RespondedByName ?? "", when);
        }).ToList();

        var acted = await db.ActedOnFeedback.AsNoTracking().Where(f => topic == null || f.Topic == topic).ToListAsync(ct);
        entries.AddRange(acted.Select(f => new YouSaidWeDidEntry(f.Topic, f.Source, f.Words, f.WhatWeDid, f.Outcome == ActedOnOutcome.CouldNot,
            f.Outcome.Label(), f.OwnerName, f.On)));
        return entries.Where(e => year is null || e.When.Year == year).OrderByDescending(e => e.When).ToList();
    }

    /// <summary>The years that have entries, newest first, for the filter.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(VoiceDbContext db, CancellationToken ct = default) =>
        (await LoadAsync(db, null, null, ct)).Select(e => e.When.Year).Distinct().OrderDescending().ToList();
}
