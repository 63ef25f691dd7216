using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Views.Staff;

/// <summary>A practitioner invites one young person: the code is shown once, with its link and QR code.</summary>
public class NewModel(Voice.Data.Access.AccessCodes codes, VoiceDbContext db, QuestionnaireCatalog catalog, UserManager<VoiceUser> users, AuditWriter audit,
    InvitationLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
{
    public const string NewCodeKey = "voice-new-code";
    /// <summary>Practitioner invitations are for the meetings young people have before reviews.</summary>
    public static readonly string[] EventTypes =
    [
        QuestionnaireEventTypes.LookedAfterReview, QuestionnaireEventTypes.ChildProtectionConference,
        QuestionnaireEventTypes.PathwayPlanReview, QuestionnaireEventTypes.FosterCarerReview, QuestionnaireEventTypes.MissingReturnInterview,
    ];

    static readonly InlineValidator<NewModel> Rules = new()
    {
        v => v.RuleFor(m => m.CaseReference).NotEmpty().WithMessage("Enter the case reference"),
        v => v.RuleFor(m => m.CaseReference).MaximumLength(50).WithMessage("Case reference must be 50 characters or fewer"),
        v => v.RuleFor(m => m.FirstName).MaximumLength(50).WithMessage("First name must be 50 characters or fewer"),
        v => v.RuleFor(m => m.EventType).Must(e => e is not null && EventTypes.Contains(e)).WithMessage("Select the meeting"),
        v => v.RuleFor(m => m.EventDate).Must(p => p.Parse(DateName).Error is null).WithMessage(m => m.EventDate.Parse(DateName).Error!),
        v => v.RuleFor(m => m.EventDate).Must((m, p) => p.Parse(DateName).Date >= m.Today)
              .When(m => m.EventDate.Parse(DateName).Error is null).WithMessage("Date of the meeting must be today or in the future"),
        v => v.RuleFor(m => m.EventDate).Must((m, p) => p.Parse(DateName).Date <= m.Today.AddYears(1))
              .When(m => m.EventDate.Parse(DateName).Error is null).WithMessage("Date of the meeting must be within the next year"),
        v => v.RuleFor(m => m.QuestionnaireId).NotEmpty().WithMessage("Select a questionnaire"),
        v => v.RuleFor(m => m.QuestionnaireId).Must((m, id) => m.Catalog.TryGet(id!, out _)).When(m => !string.IsNullOrEmpty(m.QuestionnaireId))
              .WithMessage("Select a questionnaire"),
        v => v.RuleFor(m => m.QuestionnaireId).Must((m, id) => !m.Catalog.TryGet(id!, out var d) || m.EventType is null || d.EventTypes.Contains(m.EventType))
              .When(m => !string.IsNullOrEmpty(m.QuestionnaireId)).WithMessage("Select a questionnaire for this kind of meeting"),
        v => v.RuleFor(m => m.SocialWorkerId).Must((m, id) => string.IsNullOrEmpty(id) || m.SocialWorkers.Any(s => s.Id == id))
              .WithMessage("Select a social worker from the list"),
    };

    const string DateName = "Date of the meeting";
    DateOnly Today => clock.Today;
    QuestionnaireCatalog Catalog => catalog;

    [BindProperty] public string? CaseReference { get; set; }
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? EventType { get; set; }
    [BindProperty] public DateParts EventDate { get; set; } = new();
    [BindProperty] public string? QuestionnaireId { get; set; }
    [BindProperty] public string? SocialWorkerId { get; set; }

    public IReadOnlyList<Choice> EventChoices => EventTypes.Select(e => new Choice(e, EventLabel(e))).ToList();
    public IReadOnlyList<Choice> QuestionnaireChoices => catalog.All
        .Where(d => d.EventTypes.Any(EventTypes.Contains))
        .Select(d => new Choice(d.Id, d.Title.En, $"For {AudienceLabel(d.Audience)}{(d.AgeBand is null ? "" : $" aged {d.AgeBand}")}"))
        .ToList();
    public IReadOnlyList<(string Id, string Name)> SocialWorkers { get; private set; } = [];

    public async Task OnGetAsync() => await LoadSocialWorkersAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadSocialWorkersAsync();
        await this.ThrowIfInvalidAsync(Rules);

        var date = EventDate.Parse(DateName).Date;
        var me = User.ToActor();
        var secret = Voice.Data.Access.AccessSecret.New();
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(), CaseReference = CaseReference!.Trim(), FirstName = string.IsNullOrWhiteSpace(FirstName) ? null : FirstName.Trim(),
            EventType = EventType!, EventDate = date!.Value, QuestionnaireId = QuestionnaireId!, CodeHash = codes.Hash(secret.Code),
            LinkTokenHash = codes.HashLink(secret.LinkToken!), ExpiresOn = date.Value.AddDays(14), CreatedAt = clock.UtcNow, CreatedById = me.Id!, CreatedByName = me.Name,
            SocialWorkerId = string.IsNullOrEmpty(SocialWorkerId) ? null : SocialWorkerId,
            SocialWorkerName = SocialWorkers.FirstOrDefault(s => s.Id == SocialWorkerId).Name,
        };
        db.Invitations.Add(invitation);
        audit.Add(me, "Invited a young person to give their views", "Invitation", invitation.Id.ToString(), $"case {invitation.CaseReference}");
        await db.SaveChangesAsync(ct);
        TempData[NewCodeKey] = secret.Pack();
        return Redirect(links.Details(invitation.Id));
    }

    async Task LoadSocialWorkersAsync()
    {
        var me = users.GetUserId(User);
        SocialWorkers = (await users.GetUsersInRoleAsync(Roles.Practitioner))
            .Where(u => u.Id != me && !u.IsDisabled)
            .OrderBy(u => u.DisplayName)
            .Select(u => (u.Id, u.DisplayName))
            .ToList();
    }

    public static string EventLabel(string eventType) => eventType switch
    {
        QuestionnaireEventTypes.LookedAfterReview => "Looked-after child review",
        QuestionnaireEventTypes.ChildProtectionConference => "Child protection conference",
        QuestionnaireEventTypes.PathwayPlanReview => "Pathway plan review",
        QuestionnaireEventTypes.FosterCarerReview => "Foster carer review",
        QuestionnaireEventTypes.MissingReturnInterview => "Return interview after going missing",
        QuestionnaireEventTypes.AssessmentClosed => "After an assessment closes",
        QuestionnaireEventTypes.ChildInNeedReview => "After a child in need review",
        QuestionnaireEventTypes.ChildProtectionPlanEnded => "After a child protection plan ends",
        QuestionnaireEventTypes.ComplaintClosed => "After a complaint closes",
        _ => eventType,
    };

    static string AudienceLabel(Audience audience) => audience switch
    {
        Audience.YoungPerson => "children and young people",
        Audience.Parent => "parents",
        Audience.FosterCarer => "foster carers",
        _ => audience.ToString(),
    };
}
