using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Audit;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>
/// A participation officer records feedback the council acted on, for "You said, we did". The
/// young people's words are stored only after the shared redaction has taken out anything that
/// could identify someone.
/// </summary>
[Authorize(Policy = InspectionsAccess.Officer)]
public class ActedOnModel(VoiceDbContext db, InspectionTopics topics, AuditWriter audit, InspectionLinks links, TimeProvider clock, Voice.Web.Features.Inspections.YouSaidWeDid.YouSaidWeDidCache youSaidWeDid) : PageModel
{
    static readonly InlineValidator<ActedOnModel> Rules = new()
    {
        v => v.RuleFor(m => m.Topic).Must((m, t) => m.Topics.Exists(t)).WithMessage("Select a topic"),
        v => v.RuleFor(m => m.Source).NotEmpty().WithMessage("Enter where the feedback came from"),
        v => v.RuleFor(m => m.Source).MaximumLength(200).WithMessage("Where it came from must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Words).NotEmpty().WithMessage("Enter what young people said"),
        v => v.RuleFor(m => m.Words).MaximumLength(1000).WithMessage("What young people said must be 1000 characters or fewer"),
        v => v.RuleFor(m => m.Outcome).NotNull().WithMessage("Select what happened"),
        v => v.RuleFor(m => m.WhatWeDid).NotEmpty().WithMessage("Enter what was done, or why not"),
        v => v.RuleFor(m => m.WhatWeDid).MaximumLength(1000).WithMessage("What was done must be 1000 characters or fewer"),
        v => v.RuleFor(m => m.OwnerName).NotEmpty().WithMessage("Enter who owns it"),
        v => v.RuleFor(m => m.OwnerName).MaximumLength(200).WithMessage("Who owns it must be 200 characters or fewer"),
    };

    public InspectionTopics Topics => topics;
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Words { get; set; }
    [BindProperty] public ActedOnOutcome? Outcome { get; set; }
    [BindProperty] public string? WhatWeDid { get; set; }
    [BindProperty] public string? OwnerName { get; set; }
    [BindProperty] public DateParts On { get; set; } = new();

    public static IEnumerable<Choice> OutcomeChoices => Enum.GetValues<ActedOnOutcome>().Select(o => new Choice(o.ToString(), o.Label()));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var (on, error) = On.Parse("When");
        if (error is not null) this.Fail(nameof(On), error);
        var actor = User.ToActor();
        var row = new ActedOnFeedback
        {
            Topic = Topic!, Source = Source!.Trim(), Words = QuoteRedactor.Redact(Words!.Trim()), WhatWeDid = WhatWeDid!.Trim(),
            Outcome = Outcome!.Value, OwnerName = OwnerName!.Trim(), On = on!.Value, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = actor.Name,
        };
        db.ActedOnFeedback.Add(row);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor, "Recorded feedback acted on", "ActedOnFeedback", row.Id.ToString(), ct: ct);
        youSaidWeDid.Evict();
        TempData["Banner"] = "Saved. It is on the You said, we did page.";
        return Redirect(links.Index());
    }
}
