using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Themes;
using Voice.Data.Audit;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// One theme: its trend and tone by quarter, redacted quotes with why each was tagged, and (for
/// QA analysts) correcting a comment's themes. Corrections are kept as training examples.
/// </summary>
public class ThemeModel(FeedbackFigures figures, VoiceDbContext db, Taxonomy taxonomy, AuditWriter audit, QualityLinks links, TimeProvider time)
    : QualityPage(figures, time)
{
    public const int PageSize = 20;
    public sealed record Quote(long Id, string Text, string Source, string Quarter, string? Tone, IReadOnlyList<string> Themes, IReadOnlyList<ThemeEvidence> Why);

    [FromRoute] public string Id { get; set; } = "";
    public Theme Theme { get; private set; } = null!;
    public Taxonomy Taxonomy => taxonomy;
    public FeedbackFigures.Grid Grid { get; private set; } = null!;
    public IReadOnlyList<Quote> Quotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (taxonomy.Find(Id) is not { } theme) return NotFound();
        Theme = theme;
        await LoadFilterAsync(ct);
        Grid = await Figures.GridAsync(Filter, [Id], ct);
        // Quotes only when the group they come from is large enough to show.
        if (!Grid.People.IsRowTotalHidden(0) && Grid.People.RowTotal(0) > 0)
        {
            var rows = await Quotable(db).Where(f => f.Themes.Any(t => t.ThemeId == Id))
                .OrderByDescending(f => f.On).ThenBy(f => f.Id).Take(PageSize)
                .Select(f => new { f.Id, f.Text, f.Source, f.Quarter, f.Tone, f.Why, Themes = f.Themes.Select(t => t.ThemeId).ToList() })
                .ToListAsync(ct);
            Quotes = [.. rows.Select(r => new Quote(r.Id, r.Text!, FeedbackSources.Label(r.Source), Voice.Data.Analytics.Privacy.Quarter.FromKey(r.Quarter).ToString(),
                r.Tone, r.Themes, ThemeWhy.Read(r.Why)))];
        }
        return Page();
    }

    [BindProperty] public List<string> Themes { get; set; } = [];

    /// <summary>A QA analyst says which themes a comment really has.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(long item, CancellationToken ct)
    {
        if (!CanAct) return Forbid();
        if (taxonomy.Find(Id) is null) return NotFound();
        var feedback = await db.FeedbackItems.Include(f => f.Themes).SingleOrDefaultAsync(f => f.Id == item && f.Text != null && !f.Flagged, ct);
        if (feedback is null) return NotFound();
        var chosen = Themes.Where(t => taxonomy.Find(t) is not null).Distinct().OrderBy(t => t).ToList();
        var before = string.Join(' ', feedback.Themes.Select(t => t.ThemeId).OrderBy(t => t));
        var actor = User.ToActor();
        // One store of corrections (the themes engine's): the next retrain learns from it.
        db.Add(new ThemeCorrection
        {
            Text = feedback.Text!, Themes = string.Join(",", chosen), TaxonomyVersion = taxonomy.Version,
            SourceKey = $"feedback:{feedback.Id}", CorrectedAt = Clock.GetUtcNow().UtcDateTime, CorrectedBy = actor.Name,
        });
        feedback.Themes.Clear();
        feedback.Themes.AddRange(chosen.Select(t => new FeedbackItemTheme { ItemId = feedback.Id, ThemeId = t }));
        feedback.CorrectedByPerson = true;
        audit.Add(actor, "Corrected themes", "FeedbackItem", feedback.Id.ToString(), $"{before} → {string.Join(' ', chosen)}");
        await db.SaveChangesAsync(ct);
        TempData["Corrected"] = "Themes saved. The summaries are re-counted within a few minutes and the engine learns from it at its next training.";
        return Redirect(links.Theme(Id, FilterValues) + $"#quote-{feedback.Id}");
    }
}
