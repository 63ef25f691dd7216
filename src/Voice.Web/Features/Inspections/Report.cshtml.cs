using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Web.Features.Inspections;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// A published audit's report, printable: the full one, or the young-person-friendly one.
/// Staff in the area read any; a young inspector reads only their own audits' reports.
/// </summary>
public class ReportModel(VoiceDbContext db, InspectionWork work, SmallNumbers smallNumbers) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public bool ForYoungPeople => Kind == "young-people";
    public FindingsView Findings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Kind is not (null or "young-people")) return NotFound();
        var audit = await work.LoadAsync(Id, ct);
        if (audit?.PublishedAt is null) return NotFound();
        var staff = User.IsInRole(Roles.ParticipationOfficer) || User.IsInRole(Roles.ServiceManager) || User.IsInRole(Roles.QaAnalyst);
        if (!staff && audit.Inspectors.All(i => i.UserId != User.FindFirstValue(ClaimTypes.NameIdentifier))) return NotFound();
        Findings = await FindingsView.BuildAsync(db, audit, smallNumbers, ct);
        return Page();
    }
}
