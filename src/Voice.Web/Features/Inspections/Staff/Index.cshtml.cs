using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Web.Api;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>Every audit by status, the actions each person owns, and what has been marked as acted on.</summary>
public class IndexModel(VoiceDbContext db, CalendarService calendars) : PageModel
{
    public record Row(int Id, string Title, string Service, AuditStatus Status, DateOnly? From, DateOnly? To);
    public record ActionRow(int Id, string What, string AuditTitle, string Owner, DateOnly DueOn, bool Overdue, bool Done);

    public IReadOnlyList<Row> Audits { get; private set; } = [];
    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];
    public IReadOnlyList<ActedOnFeedback> ActedOn { get; private set; } = [];
    public AuditActionCounts.Counts Counts { get; private set; } = new(0, 0, 0, 0, 0);
    [TempData] public string? Banner { get; set; }

    public bool IsOfficer => User.IsInRole(Roles.ParticipationOfficer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = calendars.Today;
        Audits = await db.Audits.AsNoTracking().OrderBy(a => a.Status).ThenByDescending(a => a.UpdatedAt)
            .Select(a => new Row(a.Id, a.Title, a.Service, a.Status, a.FieldworkFrom, a.FieldworkTo)).ToListAsync(ct);
        var mine = User.IsInRole(Roles.ServiceManager) && !User.IsInRole(Roles.ParticipationOfficer) && !User.IsInRole(Roles.QaAnalyst);
        var me = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        Actions = await (from x in db.AuditActions.AsNoTracking()
                         join a in db.Audits on x.AuditId equals a.Id
                         where !mine || x.OwnerId == me
                         orderby x.Status, x.DueOn
                         select new ActionRow(x.Id, x.What, a.Title, x.OwnerName, x.DueOn, x.Status == ActionStatus.Open && x.DueOn < today, x.Status == ActionStatus.Done))
            .ToListAsync(ct);
        ActedOn = await db.ActedOnFeedback.AsNoTracking().OrderByDescending(f => f.On).Take(20).ToListAsync(ct);
        Counts = await AuditActionCounts.CountAsync(db, today, today.AddDays(7), ct);
    }
}
