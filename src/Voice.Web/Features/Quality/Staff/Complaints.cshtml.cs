using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Complaints;
using Voice.Web.Api;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// Complaint timeliness and outcomes by stage for a financial year: the complaints report's own
/// figures (<see cref="ComplaintReport"/>), with small numbers hidden (<see cref="ReportPrivacy"/>).
/// </summary>
public class ComplaintsModel(VoiceDbContext db, CalendarService calendars, SmallNumbers rule) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public static readonly string[] Sections = ["Numbers by stage", "Timeliness", "Outcomes (complaint points)", "Extensions and pauses", "Learning"];

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "year")] public int? Year { get; set; }
    public ReportingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<ReportPrivacy.ShownLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = calendars.Today;
        var current = QualityPage.FinancialYearOf(today);
        Years = [.. Enumerable.Range(current - 4, 5).Reverse()];
        Period = ReportingPeriod.FinancialYear(Year is { } y && Years.Contains(y) ? y : current);
        Lines = await BuildAsync(db, calendars, rule, Period, ct);
    }

    /// <summary>The protected complaints report for a period; also what the QA export prints.</summary>
    public static async Task<IReadOnlyList<ReportPrivacy.ShownLine>> BuildAsync(VoiceDbContext db, CalendarService calendars, SmallNumbers rule, ReportingPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.Until.AddDays(-1));
        var complaints = await ComplaintReportData.LoadAsync(db, from, to, ct);
        return ReportPrivacy.Protect(ComplaintReport.Build(complaints, from, to, await calendars.GetAsync(db, ct), calendars.Today), rule);
    }
}
