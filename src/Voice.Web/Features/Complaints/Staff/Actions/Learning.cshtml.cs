using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Adds a learning action: what will change, who owns it and when it is due.</summary>
public class LearningModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<LearningModel> Rules = new()
    {
        v => v.RuleFor(m => m.Change).NotEmpty().WithMessage("Enter what will change"),
        v => v.RuleFor(m => m.Change).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"What will change must be {ComplaintConfiguration.TextMax} characters or fewer"),
        v => v.RuleFor(m => m.Owner).NotEmpty().WithMessage("Enter who owns the action"),
        v => v.RuleFor(m => m.Owner).MaximumLength(200).WithMessage("The owner must be 200 characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Learning;
    [BindProperty] public string? Change { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateParts DueOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        DueOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await CheckAsync(Rules);
        var due = RequireDate(DueOn, nameof(DueOn), "The due date", allowFuture: true);
        this.ThrowIfInvalid();
        Apply(nameof(DueOn), () => Complaint.AddLearningAction(Change!, Owner!, due));
        return await SaveAsync("Learning action added", ct);
    }
}
