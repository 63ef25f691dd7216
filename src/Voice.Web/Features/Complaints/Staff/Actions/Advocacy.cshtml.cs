using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Records advocacy at Stage 1: offered, referred to a service (the clock stops), or an advocate appointed (it restarts).</summary>
public class AdvocacyModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<AdvocacyModel> Rules = new()
    {
        v => v.RuleFor(m => m.Step).NotNull().WithMessage("Select what happened"),
        v => v.RuleFor(m => m.Advocate).MaximumLength(200).WithMessage("The advocate or service must be 200 characters or fewer"),
    };

    public static IEnumerable<Choice> StepChoices =>
    [
        new(nameof(AdvocacyStep.Offered), "Advocacy offered"),
        new(nameof(AdvocacyStep.Referred), "Referred to an advocacy service", "Stage 1 pauses until an advocate is appointed"),
        new(nameof(AdvocacyStep.Appointed), "Advocate appointed", "The Stage 1 clock restarts"),
    ];

    public override ComplaintAction Action => ComplaintAction.Advocacy;
    [BindProperty] public AdvocacyStep? Step { get; set; }
    [BindProperty] public DateParts On { get; set; } = new();
    [BindProperty] public string? Advocate { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        On = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await CheckAsync(Rules);
        var on = RequireDate(On, nameof(On), "The date", notBefore: Complaint.ReceivedOn);
        this.ThrowIfInvalid();
        Apply(nameof(Step), () => Complaint.RecordAdvocacy(Step!.Value, on, Blank(Advocate)));
        await RefreshAsync(nameof(On), ct);
        return await SaveAsync("Advocacy recorded", ct);
    }
}
