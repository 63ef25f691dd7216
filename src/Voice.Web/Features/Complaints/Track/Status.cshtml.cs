using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Languages;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.Track;

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

    /// <summary>
    /// An update's summary in the reader's language: one with a stage or a date
    /// (<see cref="PublicUpdates"/>) from its catalog text with the date in that text's language;
    /// a fixed one by its English; any other (a name, staff's words) in English, marked so.
    /// </summary>
    public static Voice.Data.Languages.TranslatedText Summary(PageText t, string summary)
    {
        if (PublicUpdates.Parse(summary) is not { } update) return t.Lookup(summary, sourceIsEnglish: true);
        var text = t.Get(update.Key);
        if (text.Language == Voice.Data.Languages.Language.EnglishCode) return new(summary, text.Language, text.State); // as stored, in full
        if (update.Value is null) return text;
        var value = update.Value is DateOnly date
            ? (Voice.Data.Languages.Language.Find(text.Language) ?? Voice.Data.Languages.Language.English).FormatDate(date, PublicUpdates.DateFormat)
            : Convert.ToString(update.Value, System.Globalization.CultureInfo.InvariantCulture);
        return text with { Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Text, value) };
    }
    public List<ComplaintEvent> Timeline { get; private set; } = [];
    public DateOnly? DueOn { get; private set; }
    public string? DueWhat { get; private set; }
    /// <summary>The stage the complainant may ask for now (2 or 3), or null.</summary>
    /// <summary>The same status staff see; a paused clock shows "paused", not a date that moves each day.</summary>
    public DeadlineStatus? DueStatus { get; private set; }
    public int? NextStage { get; private set; }
    public DateOnly? WindowCloses { get; private set; }
    /// <summary>The key of the success message to show (one of <see cref="BannerKeys"/>), and the stage it names.</summary>
    public string? Banner { get; private set; }
    public int BannerStage { get; private set; }

    static readonly string[] BannerKeys = ["track.added", "track.withdrawn-banner", "track.banner-stage", "track.banner-stage-late"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        Banner = TempData["Banner"] is string banner && BannerKeys.Contains(banner) ? banner : null;
        BannerStage = TempData["BannerStage"] is int stage ? stage : 0;
        return Page();
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var session = access.Read(Request);
        var complaint = session is null ? null : await work.LoadAsync(session.Value.Id, ct);
        if (complaint is null || !string.Equals(complaint.Reference, Reference, StringComparison.OrdinalIgnoreCase)
            || !TrackingAccess.IsCurrent(session!.Value.Stamp, complaint.TrackingCodeHash)) return Redirect(links.Track());
        Complaint = complaint;
        Timeline = await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == complaint.Id && e.Public).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var open = complaint.Deadlines.Where(d => d.CompletedOn is null).OrderBy(d => d.DueOn).ToList();
        var reply = open.FirstOrDefault(d => d.Step is ComplaintStep.Stage1Response or ComplaintStep.Stage2Response or ComplaintStep.FinalResponse or ComplaintStep.PanelMeeting);
        if (!complaint.IsFinished && reply is not null)
        {
            DueOn = reply.DueOn;
            DueWhat = reply.Step == ComplaintStep.PanelMeeting ? "The review panel will meet by" : "We will reply by";
            DueStatus = (await work.CalculatorAsync(ct)).Status(reply, work.Today);
        }
        if (complaint.Status == ComplaintStatus.Responded)
        {
            NextStage = complaint.NextStageOpen();
            WindowCloses = open.FirstOrDefault(d => d.Step is ComplaintStep.Stage2Request or ComplaintStep.Stage3Request)?.DueOn;
        }
        return null;
    }

    public async Task<IActionResult> OnPostAddInformationAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (Complaint.IsFinished) return Redirect(links.Status(Complaint.Reference));
        await this.ThrowIfInvalidAsync(InformationRules);
        var added = work.Apply(Complaint, Complainant, Complaint.AddInformation(Information!.Trim()));
        await db.SaveChangesAsync(ct);
        await HttpContext.RequestServices.GetRequiredService<Features.Safeguarding.SafeguardingIntake>().ScreenAsync(Features.Safeguarding.FreeText.ForAddedInformation(Complaint, added), ct);
        await work.NotifyStaffAsync(Complaint, "Added information", ct);
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = "track.added";
        return Redirect(links.Status(Complaint.Reference));
    }

    public async Task<IActionResult> OnPostNextStageAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (NextStage is null) return Redirect(links.Status(Complaint.Reference));
        await this.ThrowIfInvalidAsync(NextStageRules);
        var (_, late, change) = Complaint.RequestNextStage(work.Today, NextStageReason!.Trim(), await work.CalculatorAsync(ct));
        work.Apply(Complaint, Complainant, change);
        await work.RefreshAsync(Complaint, ct);
        await work.NotifyStaffAsync(Complaint, late ? $"Asked for Stage {NextStage} late" : $"Asked for Stage {NextStage}", ct);
        var told = new ComplainantLetter("email.subject.next-stage", NextStage, Complaint.Reference).Say("email.next-stage", NextStage);
        if (late) told.Also("email.next-stage.late");
        else if (Complaint.Deadlines.FirstOrDefault(d => d.CompletedOn is null && d.Step is ComplaintStep.Stage2Response or ComplaintStep.PanelMeeting) is { } due)
            told.Also("email.reply-by", due.DueOn);
        work.TellComplainant(Complaint, "complaint-next-stage", told);
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = late ? "track.banner-stage-late" : "track.banner-stage";
        TempData["BannerStage"] = NextStage;
        return Redirect(links.Status(Complaint.Reference));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (Complaint.IsFinished) return Redirect(links.Status(Complaint.Reference));
        await this.ThrowIfInvalidAsync(WithdrawRules);
        work.Apply(Complaint, Complainant, Complaint.Withdraw(work.Today, string.IsNullOrWhiteSpace(WithdrawReason) ? null : WithdrawReason.Trim()));
        await work.RefreshAsync(Complaint, ct);
        await work.NotifyStaffAsync(Complaint, "Withdrawn the complaint", ct);
        work.TellComplainant(Complaint, "complaint-withdrawn", new ComplainantLetter("email.subject.withdrawn", Complaint.Reference).Say("email.withdrawn"));
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = "track.withdrawn-banner";
        return Redirect(links.Status(Complaint.Reference));
    }

    AuditActor Complainant => new(null, "Complainant");
}
