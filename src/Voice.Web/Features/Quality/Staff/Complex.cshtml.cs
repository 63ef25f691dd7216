using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// Long or complex comments for a person to read: over <see cref="LongWords"/> words, or with
/// <see cref="ManyThemes"/> or more themes (as the NHS feedback dashboard does), newest first.
/// </summary>
public class ComplexModel(FeedbackFigures figures, VoiceDbContext db, TimeProvider clock) : QualityPage(figures, clock)
{
    public const int LongWords = 50, ManyThemes = 4, PageSize = 25;
    public sealed record Comment(long Id, string Text, string Source, string Quarter, int Words, IReadOnlyList<string> Themes);
    public IReadOnlyList<Comment> Comments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadFilterAsync(ct);
        // Comments only from a group large enough to show.
        var all = await Figures.GridAsync(Filter, [FeedbackFigures.Everything], ct);
        if (all.People.IsRowTotalHidden(0)) return;
        var rows = await Quotable(db).Where(f => f.Words > LongWords || f.Themes.Count >= ManyThemes)
            .OrderByDescending(f => f.On).ThenBy(f => f.Id).Take(PageSize)
            .Select(f => new { f.Id, f.Text, f.Source, f.Quarter, f.Words, Themes = f.Themes.Select(t => t.ThemeId).ToList() })
            .ToListAsync(ct);
        Comments = [.. rows.Select(r => new Comment(r.Id, r.Text!, FeedbackSources.Label(r.Source), Voice.Data.Analytics.Privacy.Quarter.FromKey(r.Quarter).ToString(), r.Words, r.Themes))];
    }
}
