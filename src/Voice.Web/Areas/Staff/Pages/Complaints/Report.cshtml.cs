using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Complaints;
using Voice.Web.Api;

namespace Voice.Web.Areas.Staff.Pages.Complaints;

/// <summary>The complaints report for any period, on screen and as CSV, worked out from the records.</summary>
public class ReportModel(VoiceDbContext db, CalendarService calendars, SmallNumbers smallNumbers) : PageModel
{
    [FromQuery] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }

    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    /// <summary>The report with small numbers hidden (<see cref="ReportPrivacy"/>): what the page and the CSV show.</summary>
    public IReadOnlyList<ReportPrivacy.ShownLine> Lines { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await BuildAsync(ct)) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await BuildAsync(ct)) return BadRequest();
        return File(Encoding.UTF8.GetBytes(ReportPrivacy.ToCsv(Lines, FromDate, ToDate)), "text/csv",
            $"complaints-{FromDate:yyyy-MM-dd}-to-{ToDate:yyyy-MM-dd}.csv");
    }

    async Task<bool> BuildAsync(CancellationToken ct)
    {
        var today = calendars.Today;
        // The default period is the financial year so far.
        var start = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        FromDate = Parse(From, start) ?? default;
        ToDate = Parse(To, today) ?? default;
        if (FromDate == default || ToDate == default) { Error = "Enter the dates like 2026-04-01"; return false; }
        if (ToDate < FromDate) { Error = "The end of the period must be on or after the start"; return false; }
        if (ToDate.DayNumber - FromDate.DayNumber > 3700) { Error = "The period can be at most 10 years"; return false; }

        var (from, to) = (FromDate, ToDate);
        var complaints = await ComplaintReportData.LoadAsync(db, from, to, ct);
        Lines = ReportPrivacy.Protect(ComplaintReport.Build(complaints, from, to, await calendars.GetAsync(db, ct), today), smallNumbers);
        return true;
    }

    static DateOnly? Parse(string? value, DateOnly fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
