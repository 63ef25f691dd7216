using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Adds a complaint point: one thing the complainant says went wrong, decided one by one in the response.</summary>
public class PointModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<PointModel> Rules = new()
    {
        v => v.RuleFor(m => m.Point).NotEmpty().WithMessage("Enter the complaint point"),
        v => v.RuleFor(m => m.Point).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The complaint point must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Point;
    [BindProperty] public string? Point { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        Apply(nameof(Point), () => Complaint.AddPoint(Point!));
        return await SaveAsync($"Point {Complaint.Points.Max(p => p.Number)} added", ct);
    }
}
