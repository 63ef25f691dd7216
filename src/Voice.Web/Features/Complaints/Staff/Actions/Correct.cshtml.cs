using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>A complaints manager corrects a recorded date with a reason; the clocks are worked out again and the correction audited.</summary>
public class CorrectModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links, Voice.Data.Audit.AuditWriter audit) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<CorrectModel> Rules = new()
    {
        v => v.RuleFor(m => m.Field).Must(f => Find(f) is not null).WithMessage("Select the date to correct"),
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why the date is being corrected"),
        v => v.RuleFor(m => m.Reason).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public static IEnumerable<Choice> FieldChoices => ComplaintTransitions.CorrectableDates.Select(d => new Choice(d.Key, d.Label));

    public override ComplaintAction Action => ComplaintAction.Correct;
    /// <summary>Which date, by its key in <see cref="ComplaintTransitions.CorrectableDates"/>.</summary>
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public DateParts CorrectOn { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var on = RequireDate(CorrectOn, nameof(CorrectOn), "The correct date");
        await this.ThrowIfInvalidAsync(Rules);
        var change = Try(nameof(Field), () => Complaint.CorrectDate(Find(Field)!, on, Reason!.Trim()));
        Work.Apply(Complaint, Actor, change);
        audit.Add(Actor, "Corrected a date", "Complaint", Complaint.Reference, $"{change.Summary}. Reason: {change.Detail}");
        await RefreshAsync(nameof(CorrectOn), ct);
        return await SaveAsync(change.Summary, ct);
    }

    static CorrectableDate? Find(string? key) => ComplaintTransitions.CorrectableDates.FirstOrDefault(d => d.Key == key);
}
