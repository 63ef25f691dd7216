using FluentValidation;
using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Extends the response deadline within its maximum, and tells the complainant the new date and why.</summary>
public class ExtendModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<ExtendModel> Rules = new()
    {
        v => v.RuleFor(m => m.Days).Must(d => d is > 0).WithMessage("Enter the number of working days to extend by, like 5"),
        v => v.RuleFor(m => m.Days).Must((m, days) => days <= m.Room.DaysLeft).When(m => m.Days > 0)
              .WithMessage(m => $"You can extend by at most {"more working day".ToQuantity(m.Room.DaysLeft)}: {m.Room.Scale.Name} cannot take more than {m.Room.Scale.MaximumWorkingDays} working days"),
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter the reason for the extension"),
        v => v.RuleFor(m => m.Reason).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
        v => v.RuleFor(m => m.Told).Must(t => t.Contains("told")).When(m => m.Complaint.Email is null)
              .WithMessage("Confirm that you have told the complainant the new date and why"),
    };

    public override ComplaintAction Action => ComplaintAction.Extend;
    [BindProperty] public int? Days { get; set; }
    [BindProperty] public string? Reason { get; set; }
    /// <summary>"told" when the complainant has no email address and staff have told them themselves.</summary>
    [BindProperty] public List<string> Told { get; set; } = [];
    public ExtensionRoom Room => Complaint.ExtensionLeft()!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        var calc = await Work.CalculatorAsync(ct);
        var (extension, change) = Try(nameof(Days), () => Complaint.Extend(Days!.Value, Reason!.Trim(), calc, Today, Work.Now, Actor.Name));
        Work.Apply(Complaint, Actor, change);
        Tell(new ComplainantLetter("email.subject.extend", Complaint.Reference)
            .Say("email.extend", extension.NewDueOn)
            .Say("email.extend.why").AlsoAsWritten(extension.Reason, newLine: true));
        return await SaveAsync($"Extended by {"working day".ToQuantity(extension.WorkingDays)}. New due date {extension.NewDueOn:d MMMM yyyy}", ct);
    }
}
