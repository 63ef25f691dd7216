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

namespace Voice.Web.Areas.Staff.Pages.Views;

/// <summary>A practitioner invites one young person: the code is shown once, with its link and QR code.</summary>
public class NewModel(VoiceDbContext db, QuestionnaireCatalog catalog, UserManager<VoiceUser> users, AuditWriter audit,
    InvitationLinks links, TimeProvider clock) : PageModel
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
        v => v.RuleFor(m => m.QuestionnaireId).NotEmpty().WithMessage("Select a questionnaire"),
    };

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
        var (date, dateError) = EventDate.Parse("Date of the meeting");
        if (dateError is not null) ModelState.AddModelError(nameof(EventDate), dateError);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date is { } d && d < today) ModelState.AddModelError(nameof(EventDate), "Date of the meeting must be today or in the future");
        if (date is { } far && far > today.AddYears(1)) ModelState.AddModelError(nameof(EventDate), "Date of the meeting must be within the next year");
        if (QuestionnaireId is not null && catalog.TryGet(QuestionnaireId, out var definition) && EventType is not null && !definition.EventTypes.Contains(EventType))
            ModelState.AddModelError(nameof(QuestionnaireId), "Select a questionnaire for this kind of meeting");
        if (QuestionnaireId is not null && !catalog.TryGet(QuestionnaireId, out _))
            ModelState.AddModelError(nameof(QuestionnaireId), "Select a questionnaire");
        if (!string.IsNullOrEmpty(SocialWorkerId) && SocialWorkers.All(s => s.Id != SocialWorkerId))
            ModelState.AddModelError(nameof(SocialWorkerId), "Select a social worker from the list");
        await this.ThrowIfInvalidAsync(Rules);

        var me = User.ToActor();
        var code = InvitationCodes.Generate();
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(), CaseReference = CaseReference!.Trim(), FirstName = string.IsNullOrWhiteSpace(FirstName) ? null : FirstName.Trim(),
            EventType = EventType!, EventDate = date!.Value, QuestionnaireId = QuestionnaireId!, CodeHash = InvitationCodes.Hash(code),
            ExpiresOn = date.Value.AddDays(14), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = me.Id!, CreatedByName = me.Name,
            SocialWorkerId = string.IsNullOrEmpty(SocialWorkerId) ? null : SocialWorkerId,
            SocialWorkerName = SocialWorkers.FirstOrDefault(s => s.Id == SocialWorkerId).Name,
        };
        db.Invitations.Add(invitation);
        audit.Add(me, "Invited a young person to give their views", "Invitation", invitation.Id.ToString(), $"case {invitation.CaseReference}");
        await db.SaveChangesAsync(ct);
        TempData[NewCodeKey] = code;
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
