using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Stops the running clock for court or police proceedings, and tells the complainant.</summary>
public class PauseModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<PauseModel> Rules = new()
    {
        v => v.RuleFor(m => m.Proceedings).NotEmpty().WithMessage("Enter the proceedings and why considering the complaint now could prejudice them"),
        v => v.RuleFor(m => m.Proceedings).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"This must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Pause;
    [BindProperty] public DateParts PausedOn { get; set; } = new();
    [BindProperty] public string? Proceedings { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        PausedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var on = RequireDate(PausedOn, nameof(PausedOn), "The date the clock stops", notBefore: Complaint.ReceivedOn);
        await this.ThrowIfInvalidAsync(Rules);
        Apply(nameof(PausedOn), () => Complaint.Pause(on, Proceedings!.Trim()));
        await RefreshAsync(nameof(PausedOn), ct);
        Tell(new ComplainantLetter("email.subject.paused", Complaint.Reference).Say("email.paused"));
        return await SaveAsync("Clock paused", ct);
    }
}
