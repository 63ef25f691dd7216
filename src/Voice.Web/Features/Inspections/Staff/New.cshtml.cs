using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>A participation officer proposes an audit from a template.</summary>
[Authorize(Policy = InspectionsAccess.Officer)]
public class NewModel(VoiceDbContext db, AuditTemplateCatalog templates, InspectionTopics topics, AuditWriter audit, InspectionLinks links, TimeProvider clock) : PageModel
{
    static readonly InlineValidator<NewModel> Rules = new()
    {
        v => v.RuleFor(m => m.TemplateId).Must((m, t) => m.Templates.Find(t) is not null).WithMessage("Select the kind of audit"),
        v => v.RuleFor(m => m.Title).NotEmpty().WithMessage("Enter a name for the audit"),
        v => v.RuleFor(m => m.Title).MaximumLength(200).WithMessage("Name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Service).NotEmpty().WithMessage("Enter what is being audited"),
        v => v.RuleFor(m => m.Service).MaximumLength(200).WithMessage("What is being audited must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Topic).Must((m, t) => m.Topics.Exists(t)).WithMessage("Select a topic"),
        v => v.RuleFor(m => m.Source).MaximumLength(200).WithMessage("Where the idea came from must be 200 characters or fewer"),
    };

    [BindProperty] public string? TemplateId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Source { get; set; }

    public AuditTemplateCatalog Templates => templates;
    public IEnumerable<Choice> TemplateChoices => templates.All.Select(t => new Choice(t.Id, t.Title, t.Summary));
    public InspectionTopics Topics => topics;
    public IEnumerable<Choice> TopicChoices => TopicChoicesOf(topics);
    public static IEnumerable<Choice> TopicChoicesOf(InspectionTopics topics) => topics.All.Select(t => new Choice(t.Id, t.Name));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var template = templates.Find(TemplateId)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = User.ToActor();
        var created = new Audit
        {
            Title = Title!.Trim(), Service = Service!.Trim(), Topic = Topic!, Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
            TemplateId = template.Id, TemplateVersion = template.Version, Status = AuditStatus.Proposed,
            OwnPlanOnly = template.OwnPlanOnly, AggregateOnly = template.AggregateOnly, ConsentPlan = template.Consent,
            CreatedAt = now, UpdatedAt = now, CreatedByName = actor.Name,
        };
        db.Audits.Add(created);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor, $"Proposed audit from template {template.Id} ({template.Version})", InspectionWork.RecordType, created.Id.ToString(), ct: ct);
        return Redirect(links.Plan(created.Id));
    }
}
