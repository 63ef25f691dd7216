using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Inspections;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// An audit's findings as people may see them: scores added up per criterion (hidden for small
/// groups when the audit is reported only in aggregate), themes, and quotes and recommendations
/// with identifying details taken out, by the same rule as the QA area.
/// </summary>
public sealed record FindingsView(
    Audit Audit,
    IReadOnlyList<CriterionResult> Results,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<(AuditRecommendation Recommendation, string Text)> Recommendations,
    int MinimumGroup)
{
    public static async Task<FindingsView> BuildAsync(VoiceDbContext db, Audit audit, SmallNumbers smallNumbers, CancellationToken ct)
    {
        var scores = await db.AuditScores.AsNoTracking().Where(s => s.AuditId == audit.Id).ToListAsync(ct);
        var names = audit.Inspectors.SelectMany(i => i.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        string Redact(string text) => QuoteRedactor.Redact(text, names);
        return new FindingsView(
            audit,
            AuditResults.Compute(audit, scores, n => smallNumbers.CanShowRate(n)),
            audit.Notes.Where(n => n.Kind == AuditNoteKind.Theme).OrderBy(n => n.Id).Select(n => Redact(n.Text)).ToList(),
            audit.Notes.Where(n => n.Kind == AuditNoteKind.Quote).OrderBy(n => n.Id).Select(n => Redact(n.Text)).ToList(),
            audit.Recommendations.OrderBy(r => r.Number).Select(r => (r, Redact(r.Text))).ToList(),
            smallNumbers.MinimumGroup);
    }
}
