using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Themes;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>Themes: how many people raised each theme by quarter, the tone, and a few redacted quotes.</summary>
public class ThemesModel(FeedbackFigures figures, VoiceDbContext db, Taxonomy taxonomy, TimeProvider clock) : QualityPage(figures, clock)
{
    public const int QuotesPerTheme = 2;
    public Taxonomy Taxonomy => taxonomy;
    public FeedbackFigures.Grid Grid { get; private set; } = null!;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Quotes { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public bool Untagged { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadFilterAsync(ct);
        var ids = taxonomy.Themes.Select(t => t.Id).ToList();
        Grid = await Figures.GridAsync(Filter, ids, ct);
        Quotes = await QuotesAsync(db, Grid, QuotesPerTheme, ct);
        Untagged = await db.FeedbackItems.AnyAsync(f => f.Text != null && f.TaggedAt == null, ct);
    }
}
