using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Web.Api;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>
/// A service manager answers one recommendation: accept, partly accept or reject with a reason.
/// An accepted one gets a SMART action whose due date is a number of working days from today,
/// on the council's working-day calendar.
/// </summary>
[Authorize(Policy = InspectionsAccess.Manager)]
public class RespondModel(VoiceDbContext db, InspectionWork work, CalendarService calendars, InspectionLinks links) : PageModel
{
    public const int MaxWorkingDays = 260;

    static readonly InlineValidator<RespondModel> Rules = new()
    {
        v => v.RuleFor(m => m.Answer).NotNull().WithMessage("Select your response"),
        v => v.RuleFor(m => m.Reason).MaximumLength(1000).WithMessage("Reason must be 1000 characters or fewer"),
        v => v.RuleFor(m => m.What).NotEmpty().When(m => m.NeedsAction).WithMessage("Enter what will be done"),
        v => v.RuleFor(m => m.What).MaximumLength(500).WithMessage("What will be done must be 500 characters or fewer"),
        v => v.RuleFor(m => m.OwnerId).Must((m, id) => m.Owners.Any(o => o.Id == id)).When(m => m.NeedsAction).WithMessage("Select who owns the action"),
        v => v.RuleFor(m => m.WorkingDays).NotNull().When(m => m.NeedsAction).WithMessage("Enter how many working days it will take"),
        v => v.RuleFor(m => m.WorkingDays).InclusiveBetween(1, MaxWorkingDays).When(m => m.NeedsAction && m.WorkingDays is not null)
              .WithMessage($"Working days must be a whole number from 1 to {MaxWorkingDays}"),
        v => v.RuleFor(m => m.SuccessMeasure).NotEmpty().When(m => m.NeedsAction).WithMessage("Enter how you will know it worked"),
        v => v.RuleFor(m => m.SuccessMeasure).MaximumLength(500).WithMessage("How you will know it worked must be 500 characters or fewer"),
    };

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int RecommendationId { get; set; }
    [BindProperty] public RecommendationResponse? Answer { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? OwnerId { get; set; }
    [BindProperty] public int? WorkingDays { get; set; }
    [BindProperty] public string? SuccessMeasure { get; set; }

    public Audit Audit { get; private set; } = null!;
    public AuditRecommendation Recommendation { get; private set; } = null!;
    public IReadOnlyList<InspectionsAccess.Person> Owners { get; private set; } = [];
    public bool NeedsAction => Answer is RecommendationResponse.Accepted or RecommendationResponse.PartlyAccepted;

    public static readonly IReadOnlyList<Choice> ResponseChoices =
    [
        new(nameof(RecommendationResponse.Accepted), "Accept", "We will do what the young inspectors recommend"),
        new(nameof(RecommendationResponse.PartlyAccepted), "Accept in part", "We will do some of it; say which part and why"),
        new(nameof(RecommendationResponse.Rejected), "Reject", "Say why, in words young people will understand"),
    ];
    public IEnumerable<Choice> OwnerChoices => Owners.Select(o => new Choice(o.Id, o.Name));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        Answer = Recommendation.Response;
        Reason = Recommendation.ResponseReason;
        if (Recommendation.Action is { } a) (What, OwnerId, WorkingDays, SuccessMeasure) = (a.What, a.OwnerId, a.WorkingDays, a.SuccessMeasure);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        await this.ThrowIfInvalidAsync(Rules);
        AuditAction? action = null;
        if (NeedsAction)
        {
            var calendar = await calendars.GetAsync(db, ct);
            var today = calendars.Today;
            var owner = Owners.Single(o => o.Id == OwnerId);
            action = Recommendation.Action ?? new AuditAction { AuditId = Audit.Id };
            action.What = What!.Trim();
            action.OwnerId = owner.Id;
            action.OwnerName = owner.Name;
            action.AgreedOn = today;
            action.WorkingDays = WorkingDays!.Value;
            action.DueOn = calendar.AddWorkingDays(today, WorkingDays.Value);
            action.CalendarVersion = calendar.Version;
            action.SuccessMeasure = SuccessMeasure!.Trim();
        }
        var previous = Recommendation.Action;
        var problems = Recommendation.Respond(Answer!.Value, Reason, action, User.ToActor().Name, work.Now);
        foreach (var p in problems) this.AddError(p.StartsWith("Say", StringComparison.Ordinal) ? nameof(Reason) : nameof(What), p);
        this.ThrowIfInvalid();
        if (previous is not null && Recommendation.Action is null) db.AuditActions.Remove(previous);
        var detail = action is null ? Reason : $"{action.What}; owner {action.OwnerName}; due {action.DueOn:yyyy-MM-dd} ({action.WorkingDays} working days, calendar {action.CalendarVersion}); success: {action.SuccessMeasure}";
        if (!await work.SaveChangeAsync(Audit, User, $"Responded to recommendation {Recommendation.Number}: {Answer.Value.Label()}", detail, ct))
            this.Fail("", InspectionWork.ChangedMeanwhile);
        TempData["Banner"] = action is null
            ? $"Recommendation {Recommendation.Number}: {Answer.Value.Label().ToLowerInvariant()}"
            : $"Recommendation {Recommendation.Number}: {Answer.Value.Label().ToLowerInvariant()}. The action is due on {action.DueOn:dddd d MMMM yyyy}, {action.WorkingDays} working days from today.";
        return Redirect(links.Details(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var audit = await work.LoadAsync(Id, ct);
        var rec = audit?.Recommendations.SingleOrDefault(r => r.Id == RecommendationId);
        if (audit is null || rec is null) return NotFound();
        Audit = audit;
        Recommendation = rec;
        if (audit.Status != AuditStatus.ManagementResponse) return Redirect(links.Details(Id));
        Owners = await InspectionsAccess.WithRoleAsync(db, Roles.ServiceManager, ct);
        return null;
    }
}
