using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Updates the status of one learning action (/staff/complaints/{id}/learning-status?item=...).</summary>
public class LearningStatusModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<LearningStatusModel> Rules = new()
    {
        v => v.RuleFor(m => m.Status).NotNull().WithMessage("Select the status"),
    };

    public static IEnumerable<Choice> StatusChoices =>
        [new(nameof(LearningStatus.NotStarted), "Not started"), new(nameof(LearningStatus.InProgress), "In progress"), new(nameof(LearningStatus.Done), "Done")];

    public override ComplaintAction Action => ComplaintAction.LearningStatus;
    [FromQuery] public long? Item { get; set; }
    [BindProperty] public LearningStatus? Status { get; set; }
    public LearningAction Learning { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((await OpenAsync(ct) ?? Find()) is { } away) return away;
        Status = Learning.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if ((await LoadForChangeAsync(ct) ?? Find()) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        Apply(nameof(Status), () => Complaint.UpdateLearningAction(Learning, Status!.Value, Today));
        return await SaveAsync("Learning action updated", ct);
    }

    IActionResult? Find()
    {
        if (Complaint.LearningActions.FirstOrDefault(a => a.Id == Item) is not { } action) return NotFound();
        Learning = action;
        return null;
    }
}
