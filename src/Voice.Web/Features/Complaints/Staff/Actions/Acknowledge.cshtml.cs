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
        var letter = new ComplainantLetter("email.subject.your-complaint", c.Reference);
        if (c.AssignedToName is { } officer) letter.Say("email.ack.named", officer); else letter.Say("email.ack.officer");
        if (due is not null && !due.IsPaused) letter.Also("email.reply-by", due.DueOn);
        letter.AsWritten(message);
        if (c.ComplainantType.IsOfferedAdvocacy()) letter.Say("email.ack.advocate");
        Tell(letter);
        return await SaveAsync("Acknowledgement recorded", ct);
    }
}
