using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Pages.Complaints.Track;

/// <summary>
/// What the complainant sees: status, stage, due date and the public timeline; and what they can
/// do: add information, ask for the next stage (late requests go to staff), or withdraw.
/// </summary>
[AllowAnonymous]
public class StatusModel(VoiceDbContext db, TrackingAccess access, ComplaintWork work, ComplaintLinks links) : PageModel
{
    static readonly InlineValidator<StatusModel> InformationRules = new()
    {
        v => v.RuleFor(m => m.Information).NotEmpty().WithMessage("Enter the information you want to add"),
        v => v.RuleFor(m => m.Information).MaximumLength(ComplaintConfiguration.DescriptionMax)
              .WithMessage($"The information must be {ComplaintConfiguration.DescriptionMax} characters or fewer"),
    };
    static readonly InlineValidator<StatusModel> NextStageRules = new()
    {
        v => v.RuleFor(m => m.NextStageReason).NotEmpty().WithMessage("Enter why you are not happy with our response"),
        v => v.RuleFor(m => m.NextStageReason).MaximumLength(ComplaintConfiguration.TextMax)
              .WithMessage($"Why you are not happy must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };
    static readonly InlineValidator<StatusModel> WithdrawRules = new()
    {
        v => v.RuleFor(m => m.ConfirmWithdraw).Equal("yes").WithMessage("Confirm that you want to withdraw your complaint"),
        v => v.RuleFor(m => m.WithdrawReason).MaximumLength(ComplaintConfiguration.TextMax)
              .WithMessage($"Your reason must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    [FromRoute] public string Reference { get; set; } = "";
    [BindProperty] public string? Information { get; set; }
    [BindProperty] public string? NextStageReason { get; set; }
    [BindProperty] public string? ConfirmWithdraw { get; set; }
    [BindProperty] public string? WithdrawReason { get; set; }

    public Complaint Complaint { get; private set; } = null!;
    public List<ComplaintEvent> Timeline { get; private set; } = [];
    public DateOnly? DueOn { get; private set; }
    public string? DueWhat { get; private set; }
    /// <summary>The stage the complainant may ask for now (2 or 3), or null.</summary>
    public int? NextStage { get; private set; }
    public DateOnly? WindowCloses { get; private set; }
    public string? Banner { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        Banner = TempData["Banner"] as string;
        return Page();
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var id = access.ComplaintId(Request);
        var complaint = id is null ? null : await work.LoadAsync(id.Value, ct);
        if (complaint is null || !string.Equals(complaint.Reference, Reference, StringComparison.OrdinalIgnoreCase)) return Redirect(links.Track());
        Complaint = complaint;
        Timeline = await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == complaint.Id && e.Public).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var open = complaint.Deadlines.Where(d => d.CompletedOn is null).OrderBy(d => d.DueOn).ToList();
        var reply = open.FirstOrDefault(d => d.Step is ComplaintStep.Stage1Response or ComplaintStep.Stage2Response or ComplaintStep.FinalResponse or ComplaintStep.PanelMeeting);
        if (!complaint.IsFinished && reply is not null)
        {
            DueOn = reply.DueOn;
            DueWhat = reply.Step == ComplaintStep.PanelMeeting ? "The review panel will meet by" : "We will reply by";
        }
        if (complaint.Status == ComplaintStatus.Responded)
        {
            NextStage = complaint.Stage switch
            {
                1 when complaint.Stage1RespondedOn is not null => 2,
                2 when complaint.Route == ComplaintRoute.Statutory && complaint.Stage2?.RespondedOn is not null => 3,
                _ => null,
            };
            WindowCloses = open.FirstOrDefault(d => d.Step is ComplaintStep.Stage2Request or ComplaintStep.Stage3Request)?.DueOn;
        }
        return null;
    }

    public async Task<IActionResult> OnPostAddInformationAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (Complaint.IsFinished) return Redirect(links.Status(Complaint.Reference));
        await this.ThrowIfInvalidAsync(InformationRules);
        var added = work.Record(Complaint, Complainant, "Information added", "You added information", Information!.Trim(), isPublic: true);
        await db.SaveChangesAsync(ct);
        await HttpContext.RequestServices.GetRequiredService<Areas.Staff.Pages.Safeguarding.SafeguardingIntake>().ScreenAsync(Areas.Staff.Pages.Safeguarding.FreeText.ForAddedInformation(Complaint, added), ct);
        await work.NotifyStaffAsync(Complaint, "Added information", ct);
        TempData["Banner"] = "We have added your information to your complaint";
        return Redirect(links.Status(Complaint.Reference));
    }

    public async Task<IActionResult> OnPostNextStageAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (NextStage is null) return Redirect(links.Status(Complaint.Reference));
        await this.ThrowIfInvalidAsync(NextStageRules);
        var calc = await work.CalculatorAsync(ct);
        var today = work.Today;
        var scales = ComplaintTimescales.For(Complaint.Route);
        var windowStep = NextStage == 2 ? ComplaintStep.Stage2Request : ComplaintStep.Stage3Request;
        var respondedOn = NextStage == 2 ? Complaint.Stage1RespondedOn!.Value : Complaint.Stage2!.RespondedOn!.Value;
        var late = scales.Has(windowStep) && calc.CheckRequest(scales[windowStep], respondedOn, today).IsLate;
        var reason = NextStageReason!.Trim();

        if (NextStage == 2) Complaint.Stage2 = new ComplaintStage2 { ComplaintId = Complaint.Id, RequestedOn = today, RequestWasLate = late, RequestReason = reason };
        else Complaint.Panel = new ComplaintPanel { ComplaintId = Complaint.Id, RequestedOn = today, RequestWasLate = late, RequestReason = reason };
        Complaint.Stage = NextStage.Value;
        Complaint.Status = late ? ComplaintStatus.AwaitingDecision : ComplaintStatus.Open;
        work.Record(Complaint, Complainant, $"Stage {NextStage} requested",
            late ? $"You asked for Stage {NextStage} after the time limit. A complaints manager will decide and tell you"
                 : $"You asked for Stage {NextStage}", reason, isPublic: true);
        await work.RefreshAsync(Complaint, ct);
        await db.SaveChangesAsync(ct);
        await work.NotifyStaffAsync(Complaint, late ? $"Asked for Stage {NextStage} late" : $"Asked for Stage {NextStage}", ct);
        TempData["Banner"] = late
            ? $"We have your request for Stage {NextStage}. It came after the time limit, so a manager will decide whether we can accept it."
            : $"We have your request for Stage {NextStage}";
        return Redirect(links.Status(Complaint.Reference));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (Complaint.IsFinished) return Redirect(links.Status(Complaint.Reference));
        await this.ThrowIfInvalidAsync(WithdrawRules);
        Complaint.Status = ComplaintStatus.Withdrawn;
        Complaint.WithdrawnOn = work.Today;
        work.Record(Complaint, Complainant, "Withdrawn", "You withdrew your complaint", string.IsNullOrWhiteSpace(WithdrawReason) ? null : WithdrawReason.Trim(), isPublic: true);
        await work.RefreshAsync(Complaint, ct);
        await db.SaveChangesAsync(ct);
        await work.NotifyStaffAsync(Complaint, "Withdrawn the complaint", ct);
        TempData["Banner"] = "Your complaint has been withdrawn";
        return Redirect(links.Status(Complaint.Reference));
    }

    AuditActor Complainant => new(null, "Complainant");
}
