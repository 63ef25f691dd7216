using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Api;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Complaints.Staff;

/// <summary>
/// The complaints queue: unfinished complaints by next due date, with red and amber markers
/// before a deadline (not only after), and filters that work as a plain GET form.
/// </summary>
public class IndexModel(VoiceDbContext db, CalendarService calendars, Voice.Data.Audit.AuditWriter audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>
    /// The queue counts at most this many complaints past the page shown: counting 80,000
    /// unfinished complaints took 24–92 ms on PostgreSQL, more than the rest of the page.
    /// </summary>
    public const int CountLimit = 1000;

    public record Row(long Id, string Reference, string ComplainantName, string Service, int Stage, ComplaintStatus Status, ComplaintRoute Route,
        DateOnly? NextDueOn, string? NextDueStep, DateOnly? NextAmberOn, bool IsPaused, string? AssignedToName, DateOnly ReceivedOn, bool IsLate);

    [FromQuery] public string? Status { get; set; }
    [FromQuery] public int? Stage { get; set; }
    [FromQuery] public string? Officer { get; set; }
    [FromQuery] public string? Service { get; set; }
    [FromQuery] public int? DueWithin { get; set; }
    [FromQuery] public bool Overdue { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public List<Row> Rows { get; private set; } = [];
    /// <summary>The number of complaints matching the filters, exact up to <see cref="CountLimit"/> past this page.</summary>
    public int Total { get; private set; }
    /// <summary>True when there are more than <see cref="Total"/> (the count stopped at the limit).</summary>
    public bool TotalIsAtLeast { get; private set; }
    public DateOnly Today { get; private set; }
    public List<ComplaintsAccess.Officer> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(db, ct);
        Today = calendars.Today;
        Officers = await ComplaintsAccess.OfficersAsync(db, ct);
        PageNumber = Math.Max(1, PageNumber);

        var q = db.Complaints.AsNoTracking();
        q = Status switch
        {
            "all" => q,
            "finished" => q.Where(c => c.Status == ComplaintStatus.Closed || c.Status == ComplaintStatus.Withdrawn),
            _ when Enum.TryParse<ComplaintStatus>(Status, out var s) => q.Where(c => c.Status == s),
            _ => q.Where(c => c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn),
        };
        if (Stage is { } stage) q = q.Where(c => c.Stage == stage);
        var me = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        q = Officer switch
        {
            null or "" => q,
            "mine" => q.Where(c => c.AssignedToId == me),
            "unassigned" => q.Where(c => c.AssignedToId == null),
            var id => q.Where(c => c.AssignedToId == id),
        };
        if (!string.IsNullOrEmpty(Service)) q = q.Where(c => c.Service == Service);
        if (Overdue) q = q.Where(c => c.NextDueOn < Today);
        if (DueWithin is { } n and >= 0 and <= 1000)
        {
            var limit = calendar.AddWorkingDays(Today, n);
            q = q.Where(c => c.NextDueOn <= limit);
        }

        var skip = (PageNumber - 1) * PageSize;
        var countUpTo = skip + CountLimit + 1;
        var counted = await q.Take(countUpTo).CountAsync(ct);
        TotalIsAtLeast = counted == countUpTo;
        Total = TotalIsAtLeast ? countUpTo - 1 : counted;
        Rows = await q.InDueOrder(nullsSortLast: db.Database.IsNpgsql())
            .Skip(skip).Take(PageSize)
            .Select(c => new Row(c.Id, c.Reference, c.ComplainantName, c.Service, c.Stage, c.Status, c.Route, c.NextDueOn, c.NextDueStep,
                c.NextAmberOn, c.IsPaused, c.AssignedToName, c.ReceivedOn, c.IsLate && c.LateDecision == null))
            .ToListAsync(ct);
        await audit.WriteAsync(User.ToActor(), "Viewed the complaints queue", "Complaint", null, $"{Rows.Count} of {(TotalIsAtLeast ? "more than " : "")}{Total} shown; filters: {Request.QueryString}", ct);
    }

    /// <summary>The marker a row shows: (text, GOV.UK tag colour) or null when on track.</summary>
    public (string Text, string Colour)? Marker(Row r)
    {
        if (r.Status == ComplaintStatus.AwaitingDecision) return ("Decision needed", "purple");
        if (r.NextDueOn is not { } due) return null;
        var status = DeadlineCalculator.QueueStatus(due, r.NextAmberOn, r.IsPaused, Today);
        return status switch
        {
            DeadlineStatus.OnTrack => null,
            DeadlineStatus.Paused => (status.Label(), "grey"),
            DeadlineStatus.Amber => (status.Label(), "yellow"),
            _ => (status.Label(), "red"),
        };
    }

    public string PageLink(int page)
    {
        var query = Request.Query.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return Request.Path + "?" + string.Join("&", query.Append($"page={page}"));
    }
}
