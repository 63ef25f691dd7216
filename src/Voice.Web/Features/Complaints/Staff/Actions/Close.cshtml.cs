using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Closes an unfinished complaint with a reason the complainant sees.</summary>
public class CloseModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<CloseModel> Rules = new()
    {
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why the complaint is being closed"),
        v => v.RuleFor(m => m.Reason).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Close;
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        Apply(nameof(Reason), () => Complaint.Close(Today, Reason!.Trim()));
        await RefreshAsync(nameof(Reason), ct);
        return await SaveAsync("Complaint closed", ct);
    }
}
