using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.CareLeavers.Staff.HealthHistory;

/// <summary>The health team's queue: open requests by due date, overdue ones marked.</summary>
public class IndexModel(VoiceDbContext db, AuditWriter audit, Voice.Data.Calendar.UkClock clock) : PageModel
{
    public record Row(int Id, string Reference, string Name, DateOnly ReceivedOn, DateOnly DueOn, HealthHistoryStatus Status, bool Overdue, bool DueSoon);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool ShowAll { get; private set; }
    public int OverdueCount { get; private set; }

    public async Task OnGetAsync(string? show, CancellationToken ct)
    {
        ShowAll = show == "all";
        var today = clock.Today;
        var query = db.HealthHistoryRequests.AsQueryable();
        if (!ShowAll) query = query.Where(r => r.Status != HealthHistoryStatus.Sent && r.Status != HealthHistoryStatus.Closed);
        Rows = (await query.OrderBy(r => r.DueOn).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.Reference, r.FullName, r.ReceivedAt, r.DueOn, r.Status })
                .Take(500)
                .ToListAsync(ct))
            .Select(r => new Row(r.Id, r.Reference, r.FullName, Voice.Data.Calendar.UkClock.DateOf(r.ReceivedAt), r.DueOn, r.Status,
                HealthHistoryRules.IsOverdue(r.Status, r.DueOn, today), HealthHistoryRules.IsDueSoon(r.Status, r.DueOn, today)))
            .ToList();
        OverdueCount = Rows.Count(r => r.Overdue);
        await audit.WriteAsync(User.ToActor(), "Viewed health history requests", nameof(HealthHistoryRequest), null,
            $"{(ShowAll ? "all" : "open")}: {Rows.Count} shown", ct);
    }
}
