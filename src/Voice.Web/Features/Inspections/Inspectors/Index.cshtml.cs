using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Inspections;

namespace Voice.Web.Features.Inspections.Inspectors;

/// <summary>A young inspector's home: their audits and the one thing to do next on each.</summary>
public class IndexModel(VoiceDbContext db) : PageModel
{
    public record Row(int Id, string Title, string Service, AuditStatus Status);

    public IReadOnlyList<Row> Audits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Audits = await db.Audits.AsNoTracking().Where(a => a.Inspectors.Any(i => i.UserId == me) && a.Status != AuditStatus.Withdrawn)
            .OrderBy(a => a.Status == AuditStatus.Closed).ThenByDescending(a => a.UpdatedAt)
            .Select(a => new Row(a.Id, a.Title, a.Service, a.Status)).ToListAsync(ct);
    }

    public static string NextStep(AuditStatus s) => s switch
    {
        AuditStatus.Fieldwork => "Score what you see",
        AuditStatus.Findings => "Write what you found",
        AuditStatus.ActionsInProgress => "Check the changes happened",
        AuditStatus.Published or AuditStatus.Verified or AuditStatus.Closed => "Read the report",
        _ => "Nothing to do yet",
    };
}
