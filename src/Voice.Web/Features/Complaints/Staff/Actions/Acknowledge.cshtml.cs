using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Records the acknowledgement and tells the complainant who is looking into it and when we will reply.</summary>
public class AcknowledgeModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<AcknowledgeModel> Rules = new()
    {
        v => v.RuleFor(m => m.Message).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The message must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Acknowledge;
    [BindProperty] public DateParts AcknowledgedOn { get; set; } = new();
    [BindProperty] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        AcknowledgedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var c = Complaint;
        var on = RequireDate(AcknowledgedOn, nameof(AcknowledgedOn), "The date acknowledged", notBefore: c.ReceivedOn);
        await this.ThrowIfInvalidAsync(Rules);
        var message = Blank(Message);
        Apply(nameof(AcknowledgedOn), () => c.Acknowledge(on, message));
        await RefreshAsync(nameof(AcknowledgedOn), ct);
        var due = c.Deadlines.FirstOrDefault(d => d.Step == ComplaintStep.Stage1Response);
        Tell($"Your complaint {c.Reference}",
            $"We have received your complaint and {c.AssignedToName ?? "a complaints officer"} is looking into it." +
            (due is null || due.IsPaused ? "" : $" We will reply by {due.DueOn:dddd d MMMM yyyy}.") +
            (message is null ? "" : "\n\n" + message) +
            (c.ComplainantType.IsOfferedAdvocacy() ? "\n\nYou can have an independent advocate to help you, for free. Reply to this email or call us to ask for one." : ""));
        return await SaveAsync("Acknowledgement recorded", ct);
    }
}
