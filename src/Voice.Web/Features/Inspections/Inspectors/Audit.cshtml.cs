using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Inspections;
using Voice.Web.Features.Inspections;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Inspectors;

/// <summary>One audit, for a young inspector: what it is, and the next thing to do.</summary>
public class AuditModel(VoiceDbContext db, InspectionWork work, InspectionLinks links) : InspectorPage(work)
{
    public IReadOnlyList<(AuditItem Item, AuditCriterion Criterion, bool Done)> ToScore { get; private set; } = [];
    public IReadOnlyList<AuditAction> Actions { get; private set; } = [];
    [TempData] public string? Banner { get; set; }

    public (AuditItem Item, AuditCriterion Criterion, bool Done)? NextToScore => ToScore.Where(s => !s.Done).Cast<(AuditItem, AuditCriterion, bool)?>().FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCheckedAllAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        var refused = await Work.FireAsync(Audit, AuditTrigger.ConfirmVerified, User, null, ct);
        foreach (var reason in refused) this.AddError("", reason);
        this.ThrowIfInvalid();
        Banner = "Thank you. You checked every change.";
        return Redirect(links.InspectorAudit(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadAuditAsync(ct) is { } stop) return stop;
        var mine = await db.AuditScores.Where(s => s.AuditId == Id && s.InspectorUserId == Me && s.Score != null)
            .Select(s => new { s.ItemId, s.CriterionId }).ToListAsync(ct);
        ToScore = MyItems.SelectMany(i => Audit.Criteria.OrderBy(c => c.Order).Select(c => (i, c, mine.Any(m => m.ItemId == i.Id && m.CriterionId == c.Id)))).ToList();
        Actions = Audit.Recommendations.Where(r => r.Action is not null).OrderBy(r => r.Number).Select(r => r.Action!).ToList();
        return null;
    }
}
