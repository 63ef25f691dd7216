using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;
using Voice.Data.Audit;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// The themes engine's emerging phrases for the latest quarter of the chosen period, against the
/// quarter before: phrases in comments that fit no theme, or said much more than before
/// (<see cref="EmergingReport"/> hides small counts and redacts the examples). A QA analyst adds
/// a phrase to a theme (a new taxonomy version) or dismisses it; either way it is not suggested again.
/// </summary>
public class EmergingModel(FeedbackFigures figures, VoiceDbContext db, Taxonomy content, ThemeStore store, SmallNumbers rule,
    AuditWriter audit, QualityLinks links, TimeProvider time) : QualityPage(figures, time)
{
    /// <summary>Comments read for one quarter at most (newest first), so a huge store stays quick.</summary>
    public const int MaxComments = 5000;

    public EmergingReport.Result Report { get; private set; } = null!;
    public Taxonomy Taxonomy { get; private set; } = null!;

    [BindProperty] public string? Phrase { get; set; }
    [BindProperty] public string? Theme { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    async Task LoadAsync(CancellationToken ct)
    {
        await LoadFilterAsync(ct);
        Taxonomy = await store.CurrentTaxonomyAsync(content, ct);
        var today = Quarter.Of(DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));
        var quarter = Filter.Quarters.LastOrDefault(q => q.Key <= today.Key, Filter.Quarters.Count > 0 ? Filter.Quarters[0] : today);
        var previous = Quarter.Of(quarter.Start.AddMonths(-3));
        var comments = new List<EmergingReport.Comment>();
        foreach (var q in new[] { previous, quarter })
        {
            var rows = await Quotable(db, [q]).OrderByDescending(f => f.On).ThenBy(f => f.Id).Take(MaxComments)
                .Select(f => new { f.ResponseKey, f.Text, f.On, Themes = f.Themes.Select(t => t.ThemeId).ToList() }).ToListAsync(ct);
            comments.AddRange(rows.Select(r => new EmergingReport.Comment(r.ResponseKey, new ThemedText(r.Text!, r.On, r.Themes))));
        }
        var known = EmergingReport.TaxonomyPhrases(Taxonomy).Concat(await store.DecidedPhrasesAsync(ct));
        Report = EmergingReport.Build(comments, quarter, known, rule);
    }

    /// <summary>Adds the phrase to the chosen theme as evidence for it.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        if (!CanAct) return Forbid();
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Phrase) || Phrase.Trim().Length > 100) return BadRequest();
        if (Theme is null || Taxonomy.Find(Theme) is null) this.Fail(nameof(Theme), $"Select the theme “{Phrase.Trim()}” is about");
        return await DecideAsync(Theme, ct);
    }

    public async Task<IActionResult> OnPostDismissAsync(CancellationToken ct)
    {
        if (!CanAct) return Forbid();
        if (string.IsNullOrWhiteSpace(Phrase) || Phrase.Trim().Length > 100) return BadRequest();
        Taxonomy = await store.CurrentTaxonomyAsync(content, ct);
        return await DecideAsync(null, ct);
    }

    async Task<IActionResult> DecideAsync(string? themeId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var phrase = Phrase!.Trim().ToLowerInvariant();
        audit.Add(actor, themeId is null ? "Dismissed emerging phrase" : "Added emerging phrase to a theme", "EmergingPhrase", phrase, themeId);
        await store.DecidePhraseAsync(Taxonomy, phrase, themeId, actor.Name, ct);
        TempData["Decided"] = themeId is null
            ? $"“{phrase}” dismissed. It will not be suggested again."
            : $"“{phrase}” added to {Taxonomy.Find(themeId)!.Name}. The engine uses it from its next training.";
        return Redirect(links.Emerging(FilterValues));
    }
}
