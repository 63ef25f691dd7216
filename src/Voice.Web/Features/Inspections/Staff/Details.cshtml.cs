using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>
/// One audit: its plan, team, progress and findings, and a button for each step the person's
/// roles allow now. Every step goes through the lifecycle (<see cref="InspectionWork.FireAsync"/>).
/// </summary>
public class DetailsModel(VoiceDbContext db, InspectionWork work, SmallNumbers smallNumbers, InspectionLinks links) : PageModel
{
    static readonly AuditTrigger[] InspectorsOnly = [AuditTrigger.ConfirmVerified];

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public AuditTrigger? Trigger { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }
    [TempData] public string? Banner { get; set; }

    public Audit Audit { get; private set; } = null!;
    public FindingsView Findings { get; private set; } = null!;
    public IReadOnlyList<(AuditTrigger Trigger, IReadOnlyList<string> Missing)> Steps { get; private set; } = [];
    public IReadOnlyList<(string Name, int Scored)> Progress { get; private set; } = [];
    public int ScoresExpectedEach => Audit.Criteria.Count * (Audit.OwnPlanOnly ? 1 : Audit.Items.Count);

    public bool IsOfficer => User.IsInRole(Roles.ParticipationOfficer);
    public bool IsManager => User.IsInRole(Roles.ServiceManager);
    public bool CanEditPlan => IsOfficer && Audit.Status is AuditStatus.Proposed or AuditStatus.Planned or AuditStatus.TeamReady;
    public bool CanRespond => IsManager && Audit.Status == AuditStatus.ManagementResponse;

    public static bool NeedsNote(AuditTrigger t) => t is AuditTrigger.ConfirmFacts or AuditTrigger.ReturnForCorrection or AuditTrigger.Close or AuditTrigger.Withdraw;

    public static string NoteLabel(AuditTrigger t) => t switch
    {
        AuditTrigger.Close => "What changed because of the audit",
        AuditTrigger.ReturnForCorrection => "What needs correcting",
        AuditTrigger.Withdraw => "Why the audit is withdrawn",
        _ => "Notes on the factual check (optional)",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Audit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostFireAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Trigger is not { } trigger || !Enum.IsDefined(trigger) || InspectorsOnly.Contains(trigger)) return BadRequest();
        if (Version != Audit.Version) this.Fail("", InspectionWork.ChangedMeanwhile);
        if ((trigger is AuditTrigger.ReturnForCorrection or AuditTrigger.Close or AuditTrigger.Withdraw) && string.IsNullOrWhiteSpace(Note))
            this.Fail($"Note-{trigger}", $"Enter {NoteLabel(trigger).ToLowerInvariant()}");
        if (Note?.Length > 2000) this.Fail($"Note-{trigger}", $"{NoteLabel(trigger)} must be 2000 characters or fewer");
        if (trigger == AuditTrigger.Close) Audit.ImpactStatement = Note!.Trim();
        if (trigger is AuditTrigger.ConfirmFacts or AuditTrigger.ReturnForCorrection && !string.IsNullOrWhiteSpace(Note)) Audit.FactualCheckNote = Note.Trim();
        var refused = await work.FireAsync(Audit, trigger, User, Note, ct);
        if (refused.Count > 0)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            foreach (var reason in refused) this.AddError("", reason);
            this.ThrowIfInvalid();
        }
        Banner = $"Done: {trigger.Button().ToLowerInvariant()}. The audit is now {Audit.Status.Label().ToLowerInvariant()}.";
        return Redirect(links.Details(Id));
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        var audit = await work.LoadAsync(Id, ct);
        if (audit is null) return false;
        Audit = audit;
        var lifecycle = InspectionWork.Lifecycle(audit, User);
        var facts = await work.FactsAsync(Id, ct);
        Steps = lifecycle.Permitted.Where(t => !InspectorsOnly.Contains(t)).Select(t => (t, lifecycle.Missing(t, facts))).ToList();
        var scored = await db.AuditScores.Where(s => s.AuditId == Id && s.Score != null).GroupBy(s => s.InspectorUserId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Progress = audit.Inspectors.OrderBy(i => i.DisplayName).Select(i => (i.DisplayName, scored.GetValueOrDefault(i.UserId))).ToList();
        Findings = await FindingsView.BuildAsync(db, audit, smallNumbers, ct);
        return true;
    }
}
