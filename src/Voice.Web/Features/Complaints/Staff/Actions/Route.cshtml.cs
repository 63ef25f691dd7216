using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Decides the procedure the complaint follows, and tells the complainant why.</summary>
public class RouteModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<RouteModel> Rules = new()
    {
        v => v.RuleFor(m => m.Route).NotNull().WithMessage("Select the route"),
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter the reason for the route"),
        v => v.RuleFor(m => m.Reason).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public static IEnumerable<Choice> RouteChoices =>
    [
        new(nameof(ComplaintRoute.Statutory), "Statutory (Children Act 1989 procedure)"),
        new(nameof(ComplaintRoute.Corporate), "Corporate procedure"),
    ];

    public override ComplaintAction Action => ComplaintAction.Route;
    [BindProperty] public ComplaintRoute? Route { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        (Route, Reason) = (Complaint.Route, Complaint.RouteReason);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        var route = Route!.Value;
        Apply(nameof(Route), () => Complaint.DecideRoute(route, Reason!.Trim(), Today));
        Tell(new ComplainantLetter("email.subject.route", Complaint.Reference)
            .Say(route == ComplaintRoute.Statutory ? "email.route.statutory" : "email.route.corporate")
            .AsWritten(Complaint.RouteReason));
        return await SaveAsync($"Route set to {route.ToString().ToLowerInvariant()}", ct);
    }
}
