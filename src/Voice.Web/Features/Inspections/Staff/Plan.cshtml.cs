using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>
/// The plan: criteria (from the template), the rating scale, what is scored, the schedule and the
/// consent plan. Saving a proposed audit's plan moves it to planned; the plan can change until
/// fieldwork starts.
/// </summary>
[Authorize(Policy = InspectionsAccess.Officer)]
public class PlanModel(VoiceDbContext db, InspectionWork work, AuditTemplateCatalog templates, InspectionLinks links) : PageModel
{
    static readonly AuditStatus[] Editable = [AuditStatus.Proposed, AuditStatus.Planned, AuditStatus.TeamReady];

    static readonly InlineValidator<PlanModel> Rules = new()
    {
        v => v.RuleFor(m => m.SelectedCriteria).NotEmpty().WithMessage("Select at least one criterion"),
        v => v.RuleFor(m => m.ItemsText).NotEmpty().When(m => !m.Audit.OwnPlanOnly).WithMessage("Enter at least one thing to score"),
        v => v.RuleFor(m => m.ItemsText).MaximumLength(4000).WithMessage("Things to score must be 4000 characters or fewer"),
        v => v.RuleFor(m => m.ConsentPlan).NotEmpty().WithMessage("Enter the consent plan"),
        v => v.RuleFor(m => m.ConsentPlan).MaximumLength(2000).WithMessage("Consent plan must be 2000 characters or fewer"),
    };

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public List<string> SelectedCriteria { get; set; } = [];
    [BindProperty] public string? ItemsText { get; set; }
    [BindProperty] public DateParts From { get; set; } = new();
    [BindProperty] public DateParts To { get; set; } = new();
    [BindProperty] public string? ConsentPlan { get; set; }
    [BindProperty] public int Version { get; set; }

    public Audit Audit { get; private set; } = null!;
    public AuditTemplate Template { get; private set; } = null!;
    public IEnumerable<Choice> CriterionChoices => Template.Criteria.Select(c => new Choice(c.Id, c.Text, c.Hint));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        SelectedCriteria = Audit.Criteria.Count > 0 ? Audit.Criteria.Select(c => c.Key).ToList() : Template.Criteria.Select(c => c.Id).ToList();
        ItemsText = string.Join('\n', Audit.Items.Where(i => i.InspectorUserId is null).OrderBy(i => i.Order).Select(i => i.Name));
        if (ItemsText.Length == 0) ItemsText = string.Join('\n', Template.SuggestedItems);
        From = DateParts.From(Audit.FieldworkFrom);
        To = DateParts.From(Audit.FieldworkTo);
        ConsentPlan = Audit.ConsentPlan;
        Version = Audit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        await this.ThrowIfInvalidAsync(Rules);
        var (from, fromError) = From.Parse("The first day of fieldwork");
        var (to, toError) = To.Parse("The last day of fieldwork");
        if (fromError is not null) this.AddError(nameof(From), fromError);
        if (toError is not null) this.AddError(nameof(To), toError);
        if (from is not null && to is not null && to < from) this.AddError(nameof(To), "The last day of fieldwork must be the same as or after the first day");
        if (SelectedCriteria.Any(k => Template.Criteria.All(c => c.Id != k))) this.AddError(nameof(SelectedCriteria), "Select criteria from the list");
        var items = (ItemsText ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        if (items.Any(i => i.Length > 200)) this.AddError(nameof(ItemsText), "Each thing to score must be 200 characters or fewer");
        if (Version != Audit.Version) this.AddError("", InspectionWork.ChangedMeanwhile);
        this.ThrowIfInvalid();

        db.AuditCriteria.RemoveRange(Audit.Criteria);
        Audit.Criteria = Template.Criteria.Where(c => SelectedCriteria.Contains(c.Id))
            .Select((c, i) => new AuditCriterion { Order = i + 1, Key = c.Id, Text = c.Text, Hint = c.Hint }).ToList();
        if (!Audit.OwnPlanOnly)
        {
            db.AuditItems.RemoveRange(Audit.Items);
            Audit.Items = items.Select((name, i) => new AuditItem { Order = i + 1, Name = name }).ToList();
        }
        Audit.Scale = ScalePoint.Format(Template.Scale);
        Audit.PassMark = Template.PassMark;
        Audit.TemplateVersion = Template.Version;
        Audit.FieldworkFrom = from;
        Audit.FieldworkTo = to;
        Audit.ConsentPlan = ConsentPlan!.Trim();
        if (Audit.Status == AuditStatus.Proposed)
        {
            var refused = await work.FireAsync(Audit, AuditTrigger.Plan, User, null, ct);
            foreach (var reason in refused) this.AddError("", reason);
            this.ThrowIfInvalid();
        }
        else if (!await work.SaveChangeAsync(Audit, User, "Changed the plan", null, ct))
        {
            this.Fail("", InspectionWork.ChangedMeanwhile);
        }
        TempData["Banner"] = "The plan is saved";
        return Redirect(links.Details(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var audit = await work.LoadAsync(Id, ct);
        if (audit is null) return NotFound();
        Audit = audit;
        Template = templates.Find(audit.TemplateId) ?? throw new InvalidOperationException($"Audit template {audit.TemplateId} is missing from content/audits");
        if (!Editable.Contains(audit.Status)) return Redirect(links.Details(Id));
        return null;
    }
}
