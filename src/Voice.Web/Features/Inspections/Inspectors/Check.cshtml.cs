using Microsoft.AspNetCore.Mvc;
using Voice.Data.Inspections;
using Voice.Web.Features.Inspections;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Inspectors;

/// <summary>A young inspector checks one action: did it happen, and how do they know.</summary>
public class CheckModel(InspectionWork work, InspectionLinks links) : InspectorPage(work)
{
    [BindProperty(SupportsGet = true)] public int ActionId { get; set; }
    [BindProperty] public ActionVerification? Happened { get; set; }
    [BindProperty] public string? Evidence { get; set; }

    public AuditAction Item { get; private set; } = null!;
    public static IEnumerable<Choice> Choices => Enum.GetValues<ActionVerification>().Select(v => new Choice(v.ToString(), v.Label()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        (Happened, Evidence) = (Item.Verification, Item.VerificationEvidence);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (Happened is null || !Enum.IsDefined(Happened.Value)) this.AddError(nameof(Happened), "Choose if it happened");
        if (string.IsNullOrWhiteSpace(Evidence)) this.AddError(nameof(Evidence), "Write how you know");
        else if (Evidence.Length > 1000) this.AddError(nameof(Evidence), "How you know must be 1000 characters or fewer");
        this.ThrowIfInvalid();
        Item.Verification = Happened;
        Item.VerificationEvidence = Evidence!.Trim();
        Item.VerifiedByName = User.ToActor().Name;
        Item.VerifiedAt = Work.Now;
        if (!await Work.SaveChangeAsync(Audit, User, $"Young inspector checked action {Item.Id}: {Happened}", Item.VerificationEvidence, ct))
            this.Fail("", "Someone in your team saved at the same time. Press the button again.");
        await ScreenAsync($"check-{Item.Id}", $"Checking action {Item.Id}: how they know", Item.VerificationEvidence, ct);
        TempData["Banner"] = "Saved. Thank you for checking.";
        return Redirect(links.InspectorAudit(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadAuditAsync(ct) is { } stop) return stop;
        var action = Audit.Recommendations.Select(r => r.Action).SingleOrDefault(a => a?.Id == ActionId);
        if (action is null) return NotFound();
        Item = action;
        return Audit.Status == AuditStatus.ActionsInProgress ? null : Redirect(links.InspectorAudit(Id));
    }
}
