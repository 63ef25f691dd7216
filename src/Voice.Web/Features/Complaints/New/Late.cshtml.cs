using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

/// <summary>Asked only when it happened more than a year ago: we still accept it, and staff decide (reg 9).</summary>
public class LateModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<LateModel> Rules = new()
    {
        v => v.RuleFor(m => m.LateReason).MaximumLength(ComplaintConfiguration.TextMax)
              .WithMessage($"Why you are complaining now must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override string Question => "late";
    protected override string? Previous => "when";

    [BindProperty] public string? LateReason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (!State.IsLate(Today)) return Redirect(Links.Question(DraftId, "when"));
        LateReason = State.LateReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        State.LateAsked = true;
        State.LateReason = string.IsNullOrWhiteSpace(LateReason) ? null : LateReason.Trim();
        await SaveAsync(ct);
        return Next("outcome");
    }
}
