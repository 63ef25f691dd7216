using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>The participation officer adds young inspectors to the team, recording how each agreed to take part.</summary>
[Authorize(Policy = InspectionsAccess.Officer)]
public class TeamModel(VoiceDbContext db, InspectionWork work, InspectionLinks links) : PageModel
{
    static readonly AuditStatus[] Editable = [AuditStatus.Proposed, AuditStatus.Planned, AuditStatus.TeamReady];

    static readonly InlineValidator<TeamModel> Rules = new()
    {
        v => v.RuleFor(m => m.InspectorId).Must((m, id) => m.Available.Any(p => p.Id == id)).WithMessage("Select a young inspector"),
        v => v.RuleFor(m => m.ConsentNote).NotEmpty().WithMessage("Enter how they agreed to take part"),
        v => v.RuleFor(m => m.ConsentNote).MaximumLength(1000).WithMessage("How they agreed must be 1000 characters or fewer"),
        v => v.RuleFor(m => m.Consented).Must(c => c.Contains("yes")).WithMessage("Confirm that they agreed to take part"),
    };

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? InspectorId { get; set; }
    [BindProperty] public string? ConsentNote { get; set; }
    [BindProperty] public List<string> Consented { get; set; } = [];

    public Audit Audit { get; private set; } = null!;
    public IReadOnlyList<InspectionsAccess.Person> Available { get; private set; } = [];
    public IEnumerable<Choice> InspectorChoices => Available.Select(p => new Choice(p.Id, p.Name));
    public static readonly IReadOnlyList<Choice> ConsentChoice = [new("yes", "They agreed to take part, and a parent or carer agreed if they are under 16")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        await this.ThrowIfInvalidAsync(Rules);
        var person = Available.Single(p => p.Id == InspectorId);
        var now = work.Now;
        Audit.Inspectors.Add(new AuditInspector
        {
            UserId = person.Id, DisplayName = person.Name, AddedAt = now,
            ConsentRecordedAt = now, ConsentNote = ConsentNote!.Trim(), ConsentRecordedByName = User.ToActor().Name,
        });
        if (Audit.OwnPlanOnly)
            Audit.Items.Add(new AuditItem { Name = "My plan", InspectorUserId = person.Id, Order = Audit.Items.Count + 1 });
        if (!await work.SaveChangeAsync(Audit, User, $"Added young inspector {person.Name} with consent recorded", ConsentNote, ct))
            this.Fail("", InspectionWork.ChangedMeanwhile);
        TempData["Banner"] = $"{person.Name} is on the team";
        return Redirect(links.Team(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var audit = await work.LoadAsync(Id, ct);
        if (audit is null) return NotFound();
        Audit = audit;
        if (!Editable.Contains(audit.Status)) return Redirect(links.Details(Id));
        var onTeam = audit.Inspectors.Select(i => i.UserId).ToHashSet();
        Available = (await InspectionsAccess.WithRoleAsync(db, Roles.YoungInspector, ct)).Where(p => !onTeam.Contains(p.Id)).ToList();
        return null;
    }
}
