using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class OutcomeModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<OutcomeModel> Rules = new()
    {
        v => v.RuleFor(m => m.WantedOutcome).NotEmpty().WithMessage("Enter what you would like to happen"),
        v => v.RuleFor(m => m.WantedOutcome).MaximumLength(ComplaintConfiguration.TextMax)
              .WithMessage($"What you would like to happen must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override string Question => "outcome";
    protected override string? Previous => State.IsLate(Today) ? "late" : "when";

    [BindProperty] public string? WantedOutcome { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        WantedOutcome = State.WantedOutcome;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (string.IsNullOrWhiteSpace(WantedOutcome)) WantedOutcome = null;
        await this.ThrowIfInvalidAsync(Rules);
        State.WantedOutcome = WantedOutcome!.Trim();
        await SaveAsync(ct);
        return Next("help");
    }
}
