using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Areas.Staff.Pages.Safeguarding;

/// <summary>One flag: the words in context (only the flagged answer), who to contact, and the decision. Every view is audited.</summary>
public class FlagModel(VoiceDbContext db, QuestionnaireCatalog catalog, AuditWriter audit, SafeguardingLinks links, TimeProvider clock) : PageModel
{
    static readonly InlineValidator<FlagModel> Rules = new()
    {
        v => v.RuleFor(m => m.Decision).Must(d => d is not null && Enum.TryParse<FlagDecision>(d, out _)).WithMessage("Select what you decided"),
        v => v.RuleFor(m => m.Note).NotEmpty().WithMessage("Enter the reason for your decision"),
        v => v.RuleFor(m => m.Note).MaximumLength(2000).WithMessage("Reason must be 2000 characters or fewer"),
    };

    public static readonly IReadOnlyList<Choice> Choices =
    [
        new(nameof(FlagDecision.NoConcern), "No concern", "The words do not suggest anyone is at risk."),
        new(nameof(FlagDecision.AlreadyKnown), "Already known and acted on", "The risk is known to the team and a plan is in place."),
        new(nameof(FlagDecision.Referred), "Referred to the front door", "A referral has been made to the children's services front door."),
    ];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Note { get; set; }
    /// <summary>The version of the flag the form showed: a second duty officer's decision does not overwrite the first.</summary>
    [BindProperty] public int? Version { get; set; }

    public SafeguardingFlag Flag { get; private set; } = null!;
    public Invitation Invitation { get; private set; } = null!;
    public string QuestionText { get; private set; } = "";
    public string AnswerText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await audit.WriteAsync(User.ToActor(), "Viewed a safeguarding flag", "SafeguardingFlag", Id.ToString(), $"case {Invitation.CaseReference}", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Flag.Decision is not null && Version is null) return Redirect(links.Flag(Id));
        await this.ThrowIfInvalidAsync(Rules);
        db.ExpectVersion(Flag, Version);
        var me = User.ToActor();
        Flag.Decision = Enum.Parse<FlagDecision>(Decision!);
        Flag.DecisionNote = Note!.Trim();
        Flag.DecidedAt = clock.GetUtcNow().UtcDateTime;
        Flag.DecidedByName = me.Name;
        audit.Add(me, $"Decided a safeguarding flag: {Flag.Decision}", "SafeguardingFlag", Id.ToString(), Flag.DecisionNote);
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = "Decision recorded";
        return Redirect(links.Index());
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        var flag = await db.SafeguardingFlags.SingleOrDefaultAsync(f => f.Id == Id, ct);
        if (flag is null) return false;
        var response = await db.ViewResponses.AsNoTracking().Include(r => r.Invitation).Include(r => r.Answers)
            .SingleAsync(r => r.Id == flag.ResponseId, ct);
        Flag = flag;
        Invitation = response.Invitation;
        var question = catalog.TryGet(response.QuestionnaireId, out var d) ? d.Find(flag.QuestionId) : null;
        QuestionText = question?.Text.En ?? flag.QuestionId;
        AnswerText = string.Join("\n", response.Answers.Where(a => a.QuestionId == flag.QuestionId).OrderBy(a => a.Ordinal).Select(a => a.Value));
        return true;
    }
}
