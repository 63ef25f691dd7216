using Microsoft.EntityFrameworkCore;
using Voice.Data.Inspections;

namespace Voice.Data.Analytics;

public sealed partial class FeedbackIngest
{
    public const string YoungInspectorsJourney = "young-inspectors";

    /// <summary>
    /// Young inspectors' findings (what they noticed, what people told them, their
    /// recommendations) from audits whose report is published: before that the service has not
    /// yet checked the facts, so nothing is copied. Withdrawn audits are left out. One row per
    /// finding; the audited service is the team; inspectors' names are redacted like any name.
    /// </summary>
    async Task<int> CopyAuditFindingsAsync(CancellationToken ct)
    {
        var since = await WatermarkAsync([FeedbackSources.YoungInspectors], ct);
        var audits = await db.Audits.AsNoTracking()
            .Where(a => a.PublishedAt != null && a.PublishedAt >= since && a.Status != AuditStatus.Withdrawn)
            .OrderBy(a => a.PublishedAt).Take(BatchSize)
            .Select(a => new
            {
                a.Id, PublishedAt = a.PublishedAt!.Value, a.Service,
                Names = a.Inspectors.Select(i => i.DisplayName).ToList(),
                Notes = a.Notes.Select(n => new { n.Id, n.Kind, n.Text }).ToList(),
                Recommendations = a.Recommendations.Select(r => new { r.Id, r.Text }).ToList(),
            })
            .ToListAsync(ct);
        var findings = audits.SelectMany(a =>
            a.Notes.Select(n => (Audit: a, Key: $"audit-note:{n.Id}", Question: n.Kind == AuditNoteKind.Quote ? "quote" : "theme",
                    Label: n.Kind == AuditNoteKind.Quote ? "What someone told the young inspectors" : "What the young inspectors noticed", n.Text))
                .Concat(a.Recommendations.Select(r => (Audit: a, Key: $"audit-recommendation:{r.Id}", Question: "recommendation",
                    Label: "What the young inspectors recommend", r.Text))))
            .ToList();
        var done = await DoneAsync(findings.Select(f => f.Key), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var f in findings.Where(f => !done.Contains(f.Key) && !string.IsNullOrWhiteSpace(f.Text)))
        {
            db.FeedbackItems.Add(Item(FeedbackSources.YoungInspectors, f.Key, f.Audit.PublishedAt, DateOnly.FromDateTime(f.Audit.PublishedAt),
                YoungInspectorsJourney, f.Audit.Service, "unknown", f.Text, f.Audit.Names, now, null, f.Question, f.Label, null,
                consent: false, flagged: false));
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
