using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Inspections;
using Voice.Web.Api;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>
/// Audit actions the service agreed to after young inspectors' audits: the counts the reminders
/// use (<see cref="AuditActionCounts"/>) and the open actions due within
/// <see cref="DueSoonDays"/> days or overdue, overdue first. Actions name staff owners, never a child.
/// </summary>
public class ActionsModel(VoiceDbContext db, CalendarService calendars) : PageModel
{
    public const int DueSoonDays = 7;
    public sealed record Row(string What, string Audit, string Owner, DateOnly DueOn, bool Overdue);

    public AuditActionCounts.Counts Counts { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<Row> Due { get; private set; } = [];
    public bool AnyAudits { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = calendars.Today;
        AnyAudits = await db.Audits.AnyAsync(ct);
        Counts = await AuditActionCounts.CountAsync(db, Today, Today.AddDays(DueSoonDays), ct);
        var due = await AuditActionCounts.DueByAsync(db, Today.AddDays(DueSoonDays), ct);
        var ids = due.Select(a => a.AuditId).Distinct().ToList();
        var titles = await db.Audits.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        Due = [.. due.Select(a => new Row(a.What, titles.GetValueOrDefault(a.AuditId, ""), a.OwnerName, a.DueOn, a.IsOverdue(Today)))];
    }
}
