using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;
using Voice.Data.Audit;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// Exports: a printable report and a CSV, with exactly the suppression and redaction of the
/// screens (they are built from the same figures). Every export is audited.
/// </summary>
public class ExportModel(FeedbackFigures figures, VoiceDbContext db, Taxonomy taxonomy, AuditWriter audit, TimeProvider clock) : QualityPage(figures, clock)
{
    public Taxonomy Taxonomy => taxonomy;
    public FeedbackFigures.Grid Overall { get; private set; } = null!;
    public FeedbackFigures.Grid Themes { get; private set; } = null!;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Quotes { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public DateTime At { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await BuildAsync(ct);
        Quotes = await QuotesAsync(db, Themes, 3, ct);
        await audit.WriteAsync(User.ToActor(), "Printed quality report", "QualityExport", null, Describe(), ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await BuildAsync(ct);
        var rows = new List<QualityCsv.Row>();
        void Row(string measure, string theme, string quarter, string value) => rows.Add(new(measure, theme, quarter, value));
        for (var q = 0; q < Overall.Quarters.Count; q++)
        {
            Row("people", "", Overall.Quarters[q].ToString(), Shown(Overall.People, 0, q));
            Row("average score", "", Overall.Quarters[q].ToString(), Overall.MeanScore[0, q]?.ToString("0.0", CultureInfo.InvariantCulture) ?? Suppressed.Mark);
        }
        for (var r = 0; r < Themes.Rows.Count; r++)
        {
            for (var q = 0; q < Themes.Quarters.Count; q++) Row("people", Themes.Rows[r], Themes.Quarters[q].ToString(), Shown(Themes.People, r, q));
            Row("positive", Themes.Rows[r], "whole period", Shown(Themes.Tone, r, 0));
            Row("negative", Themes.Rows[r], "whole period", Shown(Themes.Tone, r, 1));
            Row("neutral", Themes.Rows[r], "whole period", Shown(Themes.Tone, r, 2));
        }
        await audit.WriteAsync(User.ToActor(), "Downloaded quality CSV", "QualityExport", null, Describe(), ct);
        return File(Encoding.UTF8.GetBytes(QualityCsv.Write(rows)), "text/csv", $"quality-{Clock.GetUtcNow():yyyy-MM-dd}.csv");
    }

    async Task BuildAsync(CancellationToken ct)
    {
        await LoadFilterAsync(ct);
        At = Clock.GetUtcNow().UtcDateTime;
        Overall = await Figures.GridAsync(Filter, [FeedbackFigures.Everything], ct);
        Themes = await Figures.GridAsync(Filter, [.. taxonomy.Themes.Select(t => t.Id)], ct);
    }

    public static string Shown(ProtectedTable t, int r, int c) => t.IsHidden(r, c) ? Suppressed.Mark : t.Value(r, c).ToString(CultureInfo.InvariantCulture);

    public string Describe() =>
        $"period {(Year is { } y ? YearLabel(y) : "every quarter")}; team {Team ?? "all"}; journey point {Journey ?? "all"}; age {Age ?? "all"}; source {Source ?? "all"}";
}
