using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// What every QA page shares: the filters (team, journey point, age band, source, period) read
/// from the query string, their choices, and the quarters the period covers. Periods are a
/// financial year (April to March) or every quarter there is feedback for, up to five years.
/// </summary>
public abstract class QualityPage(FeedbackFigures figures, TimeProvider clock) : PageModel
{
    public const int MaxQuarters = 20;

    [FromQuery(Name = "team")] public string? Team { get; set; }
    [FromQuery(Name = "journey")] public string? Journey { get; set; }
    [FromQuery(Name = "age")] public string? Age { get; set; }
    [FromQuery(Name = "source")] public string? Source { get; set; }
    [FromQuery(Name = "year")] public int? Year { get; set; }

    public IReadOnlyList<string> Teams { get; private set; } = [];
    public IReadOnlyList<string> JourneyPoints { get; private set; } = [];
    public IReadOnlyList<string> AgeBands { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public FeedbackFilter Filter { get; private set; } = null!;
    public bool CanAct => QualityAccess.CanAct(User);

    /// <summary>The filters as route values, for links that keep them.</summary>
    public object FilterValues => new { team = Team, journey = Journey, age = Age, source = Source, year = Year };

    protected FeedbackFigures Figures => figures;
    protected TimeProvider Clock => clock;

    protected async Task LoadFilterAsync(CancellationToken ct)
    {
        var (teams, journeys, ages, quarters) = await figures.OptionsAsync(ct);
        Teams = teams; JourneyPoints = journeys; AgeBands = ages;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Years = [.. quarters.Select(k => FinancialYearOf(Quarter.FromKey(k).Start)).Append(FinancialYearOf(today)).Distinct().OrderDescending()];
        // Unknown values select nothing rather than everything.
        Team = Blank(Team); Journey = Blank(Journey); Age = Blank(Age); Source = Blank(Source);
        if (Year is { } y && !Years.Contains(y)) Year = null;

        IReadOnlyList<Quarter> period;
        if (Year is { } year) period = ReportingPeriod.FinancialYear(year).Quarters();
        else
        {
            var last = Quarter.Of(today);
            var first = quarters.Count > 0 ? Quarter.FromKey(quarters[0]) : last;
            var list = new List<Quarter>();
            for (var q = first; q.Key <= last.Key; q = q.Next()) list.Add(q);
            period = list.TakeLast(MaxQuarters).ToList();
        }
        Filter = new FeedbackFilter(Team, Journey, Age, Source, period);
    }

    /// <summary>Comments QA may quote in the period (or the given quarters) and filters: redacted text, no safeguarding flag.</summary>
    protected IQueryable<FeedbackItem> Quotable(Voice.Data.VoiceDbContext db, IEnumerable<Quarter>? quarters = null)
    {
        var keys = (quarters ?? Filter.Quarters).Select(q => q.Key).ToList();
        var query = db.FeedbackItems.AsNoTracking().Where(f => keys.Contains(f.Quarter) && f.Text != null && !f.Flagged);
        if (Team is not null) query = query.Where(f => f.Team == Team);
        if (Journey is not null) query = query.Where(f => f.JourneyPoint == Journey);
        if (Age is not null) query = query.Where(f => f.AgeBand == Age);
        if (Source is not null) query = query.Where(f => f.Source == Source);
        return query;
    }

    /// <summary>The newest short comments for each theme whose group is large enough to show.</summary>
    protected async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> QuotesAsync(Voice.Data.VoiceDbContext db, FeedbackFigures.Grid grid, int perTheme, CancellationToken ct)
    {
        var quotes = new Dictionary<string, IReadOnlyList<string>>();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (grid.People.IsRowTotalHidden(r) || grid.People.RowTotal(r) == 0) continue;
            var id = grid.Rows[r];
            // Several people can write the same words: a quote is shown once.
            var recent = await Quotable(db).Where(f => f.Themes.Any(t => t.ThemeId == id) && f.Words >= 5 && f.Words <= 60)
                .OrderByDescending(f => f.On).ThenBy(f => f.Id).Select(f => f.Text!).Take(perTheme * 10).ToListAsync(ct);
            quotes[id] = recent.Distinct(StringComparer.OrdinalIgnoreCase).Take(perTheme).ToList();
        }
        return quotes;
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static int FinancialYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    public static string YearLabel(int start) => $"April {start} to March {start + 1}";

    public static string JourneyLabel(string id) => id switch
    {
        "looked-after-review" => "Looked-after child review",
        "child-protection-conference" => "Child protection conference",
        "pathway-plan-review" => "Pathway plan review",
        "foster-carer-review" => "Foster carer review",
        "assessment-closed" => "After an assessment",
        "child-in-need-review" => "After a child in need review",
        "child-protection-plan-ended" => "After a child protection plan",
        "complaint-closed" => "After a complaint",
        "missing-return-interview" => "Return interview after missing",
        "complaint" => "Complaint",
        "health-history" => "Health history request",
        "young-inspectors" => "Young inspectors' audit",
        _ => id,
    };

    public static string AgeLabel(string id) => id switch
    {
        "parent" => "Parents and carers",
        "foster-carer" => "Foster carers",
        "under-18" => "Children and young people",
        "unknown" => "Age not known",
        _ => "Aged " + id.Replace("-", " to "),
    };
}
