using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Splits part of the complaint out as a complaint of its own, with its own route and reference.</summary>
public class SplitModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<SplitModel> Rules = new()
    {
        v => v.RuleFor(m => m.Part).NotEmpty().WithMessage("Enter the part of the complaint to split out"),
        v => v.RuleFor(m => m.Part).MaximumLength(ComplaintConfiguration.DescriptionMax).WithMessage($"The part split out must be {ComplaintConfiguration.DescriptionMax} characters or fewer"),
        v => v.RuleFor(m => m.Route).NotNull().WithMessage("Select the route for the part split out"),
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter the reason for splitting the complaint"),
        v => v.RuleFor(m => m.Reason).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Split;
    [BindProperty] public string? Part { get; set; }
    [BindProperty] public ComplaintRoute? Route { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        var c = Complaint;
        var route = Route!.Value.ToString().ToLowerInvariant();
        var part = Try(nameof(Part), () => c.SplitOut(Part!.Trim(), Route!.Value, Reason!.Trim(), Today, Work.Now));
        part.Reference = await ComplaintReferences.FreeAsync(Db, part.ReceivedOn.Year, ct);
        // The part needs its id for its timeline: both saves are one transaction.
        await using var tx = await Db.Database.BeginTransactionAsync(ct);
        Db.Complaints.Add(part);
        await Db.SaveChangesAsync(ct);
        Work.Record(part, Actor, "Split", $"Split from {c.Reference}: this part follows the {route} procedure", part.RouteReason, isPublic: true);
        Record("Split", $"Part of this complaint was split out as {part.Reference} ({route} procedure)", part.Description, isPublic: true);
        await Work.RefreshAsync(part, ct);
        await Work.RefreshAsync(c, ct);
        Tell(new ComplainantLetter("email.subject.split", c.Reference, part.Reference)
            .Say(Route == ComplaintRoute.Statutory ? "email.split.statutory" : "email.split.corporate", part.Reference)
            .AsWritten(part.Description).AsWritten(part.RouteReason)
            .Say("email.split.both"));
        var done = await SaveAsync($"Split out as {part.Reference}", ct);
        await tx.CommitAsync(ct);
        return done;
    }
}
