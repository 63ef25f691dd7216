using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Records the response of the current stage with an outcome for every point, and sends it to the complainant.</summary>
public class RespondModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<RespondModel> Rules = new()
    {
        v => v.RuleFor(m => m.Summary).NotEmpty().WithMessage("Enter a summary of the response"),
        v => v.RuleFor(m => m.Summary).MaximumLength(ComplaintConfiguration.DescriptionMax).WithMessage($"The summary must be {ComplaintConfiguration.DescriptionMax} characters or fewer"),
    };

    public static IEnumerable<Choice> OutcomeChoices => Enum.GetValues<PointOutcome>().Select(o => new Choice(o.ToString(), o.Label()));

    public override ComplaintAction Action => ComplaintAction.Respond;
    /// <summary>The outcome chosen for each point, by the point's id.</summary>
    [BindProperty] public Dictionary<long, PointOutcome> Outcomes { get; set; } = [];
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public DateParts SentOn { get; set; } = new();
    public IReadOnlyList<ComplaintPoint> Points => Complaint.Points.OrderBy(p => p.Number).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        Outcomes = Complaint.Points.Where(p => p.Outcome is not null).ToDictionary(p => p.Id, p => p.Outcome!.Value);
        SentOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var c = Complaint;
        var on = RequireDate(SentOn, nameof(SentOn), "The date the response was sent", notBefore: c.ResponseNotBefore());
        await this.ThrowIfInvalidAsync(Rules);
        foreach (var p in Points.Where(p => !Outcomes.TryGetValue(p.Id, out var o) || !Enum.IsDefined(o)))
            this.AddError($"Outcomes[{p.Id}]", $"Select the outcome for point {p.Number}");
        this.ThrowIfInvalid();
        var response = Summary!.Trim();
        var (stage, final, change) = Try(nameof(Summary), () => c.Respond(on, response, Points.ToDictionary(p => p, p => Outcomes[p.Id])));
        Work.Apply(c, Actor, change);
        await RefreshAsync(nameof(SentOn), ct);
        var window = c.Deadlines.FirstOrDefault(d => d.Step is ComplaintStep.Stage2Request or ComplaintStep.Stage3Request && d.CompletedOn is null);
        var letter = new ComplainantLetter("email.subject.response", c.Reference).AsWritten(response).Say("email.response.points");
        foreach (var p in Points)
            letter.Say("email.response.point", p.Number).AlsoAsWritten(p.Summary)
                .Line(p.Outcome switch { PointOutcome.Upheld => "email.finding.upheld", PointOutcome.PartlyUpheld => "email.finding.partly", _ => "email.finding.not" });
        if (final) letter.Say("email.response.final");
        else if (window is null) letter.Say("email.response.next", stage + 1);
        else letter.Say("email.response.next-by", stage + 1, window.DueOn);
        Tell(letter);
        return await SaveAsync(stage == 3 ? "Final response recorded. The complaint is closed" : $"Stage {stage} response recorded", ct);
    }
}
