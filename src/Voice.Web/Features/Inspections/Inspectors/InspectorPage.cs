using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Inspections;
using Voice.Web.Features.Inspections;
using Voice.Web.Features.Safeguarding;

namespace Voice.Web.Features.Inspections.Inspectors;

/// <summary>
/// The young inspectors' pages: each loads one audit and refuses (404) anyone not on its team,
/// so a young inspector never sees another audit, or another young person's plan.
/// </summary>
public abstract class InspectorPage(InspectionWork work) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public Audit Audit { get; private set; } = null!;
    public string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
    protected InspectionWork Work => work;

    /// <summary>Loads the audit if this young inspector is on its team; otherwise a 404 result.</summary>
    protected async Task<IActionResult?> LoadAuditAsync(CancellationToken ct)
    {
        var audit = await work.LoadAsync(Id, ct);
        if (audit is null || audit.Inspectors.All(i => i.UserId != Me)) return NotFound();
        Audit = audit;
        return null;
    }

    /// <summary>
    /// Screens what a young inspector wrote (evidence, findings, checks) for safeguarding, once it
    /// is saved: <paramref name="field"/> is unique within the audit (for example <c>finding-12</c>).
    /// </summary>
    protected async Task ScreenAsync(string field, string fieldLabel, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var intake = HttpContext.RequestServices.GetRequiredService<SafeguardingIntake>();
        await intake.ScreenAsync(FreeText.ForInspection(Audit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Audit {Audit.Id}: {Audit.Title}", field, fieldLabel, text), ct);
    }

    /// <summary>The things this young inspector scores: shared ones, and their own plan only.</summary>
    public IEnumerable<AuditItem> MyItems => Audit.Items.Where(i => i.IsFor(Me)).OrderBy(i => i.Order);
}
