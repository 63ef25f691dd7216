using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>A complaints manager accepts or refuses a late complaint or a late request for the next stage.</summary>
public class DecideLateModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<DecideLateModel> Rules = new()
    {
        v => v.RuleFor(m => m.Decision).NotNull().WithMessage("Select whether to accept or refuse it"),
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter the reason for the decision"),
        v => v.RuleFor(m => m.Reason).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public static IEnumerable<Choice> DecisionChoices => [new(nameof(LateDecision.Accepted), "Accept it"), new(nameof(LateDecision.Refused), "Refuse it")];

    public override ComplaintAction Action => ComplaintAction.DecideLate;
    [BindProperty] public LateDecision? Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        var reason = Reason!.Trim();
        var (decided, change) = Try(nameof(Decision), () => Complaint.DecideLate(Decision!.Value, reason, Today));
        Work.Apply(Complaint, Actor, change);
        await RefreshAsync(nameof(Decision), ct);
        var letter = new ComplainantLetter("email.subject.your-complaint", Complaint.Reference).SayEnglish(decided + ".").AsWritten(reason);
        if (Decision == LateDecision.Refused) letter.Say("email.late.ombudsman");
        Tell(letter);
        return await SaveAsync(decided, ct);
    }
}
