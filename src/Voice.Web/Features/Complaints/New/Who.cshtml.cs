using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class WhoModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<WhoModel> Rules = new()
    {
        v => v.RuleFor(m => m.Who).NotNull().WithMessage("Select who is making the complaint"),
        v => v.RuleFor(m => m.Relationship).NotEmpty().When(m => m.Who is ComplainantType.OnBehalf or ComplainantType.Other)
              .WithMessage("Enter your relationship to the child"),
        v => v.RuleFor(m => m.Relationship).MaximumLength(200).WithMessage("Your relationship to the child must be 200 characters or fewer"),
    };

    public static IEnumerable<Choice> Choices => Enum.GetValues<ComplainantType>().Select(t => new Choice(t.ToString(), t switch
    {
        ComplainantType.Child => "I am a child or young person",
        ComplainantType.Parent => "I am a parent or have parental responsibility",
        ComplainantType.FosterCarer => "I am a foster carer",
        ComplainantType.CareLeaver => "I am a care leaver",
        ComplainantType.SpecialGuardian => "I am a special guardian",
        ComplainantType.OnBehalf => "I am complaining on behalf of a child",
        _ => "Someone else",
    }));

    public override string Question => "who";

    [BindProperty] public ComplainantType? Who { get; set; }
    [BindProperty] public string? Relationship { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        Who = State.Who;
        Relationship = State.Relationship;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (!ModelState.IsValid && ModelState[nameof(Who)]?.Errors.Count > 0)
        {
            ModelState.Remove(nameof(Who));
            this.Fail(nameof(Who), "Select who is making the complaint");
        }
        await this.ThrowIfInvalidAsync(Rules);
        State.Who = Who;
        State.Relationship = Who is ComplainantType.OnBehalf or ComplainantType.Other ? Relationship!.Trim() : null;
        await SaveAsync(ct);
        return Next("service");
    }
}
