using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Inspections;
using Voice.Web.Features.Inspections;
using Htmx;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Inspectors;

/// <summary>
/// One criterion for one thing: a score and what you saw. A plain POST saves and goes to the next
/// one; with JavaScript, what you saw also saves as you type (htmx). Only during fieldwork, and
/// only for things this young inspector may score (never someone else's plan).
/// </summary>
public class ScoreModel(VoiceDbContext db, InspectionWork work, InspectionLinks links) : InspectorPage(work)
{
    public const int EvidenceMax = 2000;

    [BindProperty(SupportsGet = true)] public int ItemId { get; set; }
    [BindProperty(SupportsGet = true)] public int CriterionId { get; set; }
    [BindProperty] public int? Score { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Action { get; set; }

    public AuditItem Item { get; private set; } = null!;
    public AuditCriterion Criterion { get; private set; } = null!;
    public int Number { get; private set; }
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        var saved = await Existing(ct);
        Score = saved?.Score;
        Evidence = saved?.Evidence;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (Evidence?.Length > EvidenceMax) this.AddError(nameof(Evidence), $"What you saw must be {EvidenceMax} characters or fewer");
        if (Score is not null && Audit.ScalePoints.All(p => p.Value != Score)) this.AddError(nameof(Score), "Choose a score");
        if (Score is null && Action != "later") this.AddError(nameof(Score), "Choose a score");
        this.ThrowIfInvalid();
        await SaveAsync(Score, Evidence, ct);
        if (Action == "later") return Redirect(links.InspectorAudit(Id));
        var next = await NextAsync(ct);
        return Redirect(next is { } n ? links.Score(Id, n.ItemId, n.CriterionId) : links.InspectorAudit(Id));
    }

    /// <summary>htmx: saves what you saw as you type, keeping the score already chosen.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop is RedirectResult ? BadRequest() : stop;
        Response.Htmx(h => h.WithVary());
        if (Evidence?.Length > EvidenceMax) return BadRequest($"What you saw must be {EvidenceMax} characters or fewer");
        var saved = await Existing(ct);
        await SaveAsync(Score ?? saved?.Score, Evidence, ct);
        return Content("Saved");
    }

    Task<AuditScore?> Existing(CancellationToken ct) =>
        db.AuditScores.SingleOrDefaultAsync(s => s.ItemId == ItemId && s.CriterionId == CriterionId && s.InspectorUserId == Me, ct);

    async Task SaveAsync(int? score, string? evidence, CancellationToken ct)
    {
        var row = await Existing(ct);
        if (row is null)
        {
            row = new AuditScore { AuditId = Id, ItemId = ItemId, CriterionId = CriterionId, InspectorUserId = Me };
            db.AuditScores.Add(row);
        }
        var before = row.Evidence;
        row.Score = score;
        row.Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        row.SavedAt = Work.Now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (row.Id == 0)
        {
            // Two saves of the same new score at once (the autosave and the button): keep the later one.
            db.ChangeTracker.Clear();
            await SaveAsync(score, evidence, ct);
            return;
        }
        // Each new wording is screened once (the autosave and the button both save it).
        if (row.Evidence != before)
            await ScreenAsync($"evidence-{row.Id}", $"What they saw: {Item.Name}, {Criterion.Text}", row.Evidence, ct);
    }

    async Task<(int ItemId, int CriterionId)?> NextAsync(CancellationToken ct)
    {
        var done = await db.AuditScores.Where(s => s.AuditId == Id && s.InspectorUserId == Me && s.Score != null)
            .Select(s => new { s.ItemId, s.CriterionId }).ToListAsync(ct);
        foreach (var i in MyItems)
        foreach (var c in Audit.Criteria.OrderBy(c => c.Order))
            if (!done.Any(d => d.ItemId == i.Id && d.CriterionId == c.Id)) return (i.Id, c.Id);
        return null;
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadAuditAsync(ct) is { } stop) return stop;
        var item = MyItems.SingleOrDefault(i => i.Id == ItemId);
        var criterion = Audit.Criteria.SingleOrDefault(c => c.Id == CriterionId);
        if (item is null || criterion is null) return NotFound();
        if (Audit.Status != AuditStatus.Fieldwork) return Redirect(links.InspectorAudit(Id));
        (Item, Criterion) = (item, criterion);
        var all = MyItems.SelectMany(i => Audit.Criteria.OrderBy(c => c.Order).Select(c => (i.Id, c.Id))).ToList();
        Total = all.Count;
        Number = all.IndexOf((item.Id, criterion.Id)) + 1;
        return null;
    }
}
