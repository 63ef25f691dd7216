using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Complaints;
using Voice.Web.Api;

namespace Voice.Web.Features.Complaints.Staff;

/// <summary>The complaints report for any period, on screen and as CSV, worked out from the records.</summary>
public class ReportModel(VoiceDbContext db, CalendarService calendars, SmallNumbers smallNumbers, Voice.Data.Audit.AuditWriter audit) : PageModel
{
    [FromQuery] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    // The period as GOV.UK date inputs, like every other date in the service; from/to (yyyy-mm-dd)
    // stay for the CSV link and saved addresses.
    [BindProperty(SupportsGet = true)] public Infrastructure.GovUk.DateParts Start { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Infrastructure.GovUk.DateParts End { get; set; } = new();
    public string ErrorField { get; private set; } = nameof(Start);

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
        await audit.WriteAsync(Voice.Web.Infrastructure.Security.CurrentActor.ToActor(User), "Exported the complaints report (CSV)", "Complaint", null, $"{FromDate:yyyy-MM-dd} to {ToDate:yyyy-MM-dd}", ct);
        return File(Encoding.UTF8.GetBytes(ReportPrivacy.ToCsv(Lines, FromDate, ToDate)), "text/csv",
            $"complaints-{FromDate:yyyy-MM-dd}-to-{ToDate:yyyy-MM-dd}.csv");
    }

    async Task<bool> BuildAsync(CancellationToken ct)
    {
        var today = calendars.Today;
        // The default period is the financial year so far.
        var start = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        FromDate = Read(Start, From, start, "Start date", nameof(Start)) ?? default;
        ToDate = Read(End, To, today, "End date", nameof(End)) ?? default;
        if (Error is not null) return false;
        if (FromDate == default || ToDate == default) { Error = "Enter real dates for the start and end of the period"; return false; }
        if (Start.IsEmpty) Start = Infrastructure.GovUk.DateParts.From(FromDate);
        if (End.IsEmpty) End = Infrastructure.GovUk.DateParts.From(ToDate);
        if (ToDate < FromDate) { Error = "The end of the period must be on or after the start"; return false; }
        if (ToDate.DayNumber - FromDate.DayNumber > 3700) { Error = "The period can be at most 10 years"; return false; }

        var (from, to) = (FromDate, ToDate);
        var complaints = await ComplaintReportData.LoadAsync(db, from, to, ct);
        Lines = ReportPrivacy.Protect(ComplaintReport.Build(complaints, from, to, await calendars.GetAsync(db, ct), today), smallNumbers);
        return true;
    }

    DateOnly? Read(Infrastructure.GovUk.DateParts parts, string? iso, DateOnly fallback, string what, string field)
    {
        if (parts.IsEmpty) return Parse(iso, fallback);
        var (date, error) = parts.Parse(what);
        if (error is not null && Error is null)
        {
            ModelState.AddModelError(field, error);
            (Error, ErrorField) = (error, field);
        }
        return date;
    }

    static DateOnly? Parse(string? value, DateOnly fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
