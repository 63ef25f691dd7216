using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Data.Languages;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Views;

namespace Voice.Web.Features.Views.Staff;

/// <summary>
/// A young person's views, for the people they chose and no one else. Every opening is audited
/// and the first is the read receipt. The reader records what was decided and writes "what
/// happened next" for the young person.
/// </summary>
public class AnswersModel(VoiceDbContext db, QuestionnaireCatalog catalog, UserManager<VoiceUser> users, AuditWriter audit,
    InvitationLinks links, TimeProvider clock) : PageModel
{
    public const int DecisionMax = 2000;
    public const int WhatHappenedNextMax = 4000;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public bool Print { get; set; }
    [BindProperty] public Dictionary<string, string?> Decisions { get; set; } = [];
    [BindProperty] public string? WhatHappenedNext { get; set; }
    /// <summary>The version of the response the form showed: two readers recording decisions at once do not overwrite each other.</summary>
    [BindProperty] public int? Version { get; set; }
    [TempData] public string? Banner { get; set; }

    public Invitation Invitation { get; private set; } = null!;
    public ViewResponse Views { get; private set; } = null!;
    public QuestionnaireDefinition Definition { get; private set; } = null!;
    public IReadOnlyList<(Question Question, IReadOnlyList<string> Values)> Answered { get; private set; } = [];
    public bool Flagged => FlaggedQuestions.Count > 0;
    /// <summary>The questions whose answers raised a safeguarding flag, marked on the page.</summary>
    public IReadOnlySet<string> FlaggedQuestions { get; private set; } = new HashSet<string>();
    /// <summary>The language of the page each answer was given on (issue 15); English is not marked.</summary>
    public IReadOnlyDictionary<string, Language> LanguageOf { get; private set; } = new Dictionary<string, Language>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        await RecordReadAsync("Read a young person's views", ct);
        Decisions = Views.Decisions.ToDictionary(d => d.QuestionId, d => (string?)d.Decision);
        WhatHappenedNext = Views.WhatHappenedNext;
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        await RecordReadAsync("Exported a young person's views as JSON", ct);
        var export = new
        {
            caseReference = Invitation.CaseReference,
            eventType = Invitation.EventType,
            eventDate = Invitation.EventDate,
            questionnaire = new { id = Definition.Id, version = Views.QuestionnaireVersion, title = Definition.Title.En },
            submittedAt = Views.SubmittedAt,
            sharedWithSocialWorker = Views.ShareWithSocialWorker,
            mayBeUsedAnonymously = Views.UseAnonymously,
            answers = Answered.Select(a => new
            {
                questionId = a.Question.Id,
                question = a.Question.Text.En,
                values = a.Values,
                language = LanguageOf.GetValueOrDefault(a.Question.Id)?.Code ?? Language.EnglishCode,
                labels = a.Question.IsChoice ? a.Values.Select(v => a.Question.Option(v)?.Label.En ?? v).ToList() : null,
                decision = Views.Decisions.FirstOrDefault(d => d.QuestionId == a.Question.Id)?.Decision,
            }),
            whatHappenedNext = Views.WhatHappenedNext,
        };
        var json = JsonSerializer.Serialize(export, new JsonSerializerOptions { WriteIndented = true });
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"views-{Invitation.CaseReference}-{Invitation.EventDate:yyyy-MM-dd}.json");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        foreach (var (questionId, text) in Decisions)
        {
            if (Answered.All(a => a.Question.Id != questionId)) this.AddError("", "Record decisions only for the answers shown");
            else if (text?.Trim().Length > DecisionMax) this.AddError($"Decisions[{questionId}]", $"What was decided must be {DecisionMax} characters or fewer");
        }
        if (WhatHappenedNext?.Trim().Length > WhatHappenedNextMax)
            this.AddError(nameof(WhatHappenedNext), $"What happened next must be {WhatHappenedNextMax} characters or fewer");
        this.ThrowIfInvalid();

        db.ExpectVersion(Views, Version);
        // Decisions are rows of their own: the response's version moves on with them.
        db.Entry(Views).Property(v => v.Version).IsModified = true;
        var now = clock.GetUtcNow().UtcDateTime;
        var me = User.ToActor();
        foreach (var (questionId, raw) in Decisions)
        {
            var text = raw?.Trim();
            var existing = Views.Decisions.FirstOrDefault(d => d.QuestionId == questionId);
            if (string.IsNullOrEmpty(text))
            {
                if (existing is not null) db.ViewDecisions.Remove(existing);
            }
            else if (existing is null)
                db.ViewDecisions.Add(new ViewDecision { ResponseId = Views.Id, QuestionId = questionId, Decision = text, RecordedAt = now, RecordedByName = me.Name });
            else if (existing.Decision != text)
            {
                existing.Decision = text;
                existing.RecordedAt = now;
                existing.RecordedByName = me.Name;
            }
        }
        var next = WhatHappenedNext?.Trim();
        if (!string.IsNullOrEmpty(next) && next != Views.WhatHappenedNext)
        {
            Views.WhatHappenedNext = next;
            Views.WhatHappenedNextAt = now;
            Views.WhatHappenedNextByName = me.Name;
        }
        audit.Add(me, "Recorded what was decided", "ViewResponse", Views.Id.ToString());
        await db.SaveChangesAsync(ct);
        Banner = string.IsNullOrEmpty(next) ? "Decisions saved" : "Saved. They can read what happened next with their code.";
        return Redirect(links.Answers(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var invitation = await db.Invitations
            .Include(i => i.Response).ThenInclude(r => r!.Answers)
            .Include(i => i.Response).ThenInclude(r => r!.Decisions)
            .SingleOrDefaultAsync(i => i.Id == Id, ct);
        if (invitation?.Response?.SubmittedAt is null) return NotFound();
        var me = users.GetUserId(User);
        var allowed = invitation.CreatedById == me
                      || (invitation.SocialWorkerId == me && invitation.Response.ShareWithSocialWorker == true);
        if (!allowed)
        {
            await audit.WriteAsync(User.ToActor(), "Was refused a young person's views (not a chosen reader)", "ViewResponse", invitation.Response.Id.ToString(), ct: ct);
            return Forbid();
        }
        Invitation = invitation;
        Views = invitation.Response;
        Definition = catalog.Get(Views.QuestionnaireId);
        var answers = Views.Answers.GroupBy(a => a.QuestionId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Ordinal).Select(a => a.Value).Where(v => v.Length > 0).ToArray());
        Answered = new QuestionnaireFlow(Definition).Prune(answers)
            .Select(kv => (Definition.Find(kv.Key)!, (IReadOnlyList<string>)kv.Value)).ToList();
        LanguageOf = Views.Answers.Where(a => a.Language != Language.EnglishCode && Language.Find(a.Language) is not null)
            .GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => Language.Find(g.First().Language)!);
        FlaggedQuestions = (await db.SafeguardingFlags.Where(f => f.ResponseId == Views.Id).Select(f => f.QuestionId).ToListAsync(ct)).ToHashSet();
        return null;
    }

    async Task RecordReadAsync(string action, CancellationToken ct)
    {
        var me = User.ToActor();
        if (Views.FirstReadAt is null)
        {
            Views.FirstReadAt = clock.GetUtcNow().UtcDateTime;
            Views.FirstReadByName = me.Name;
        }
        audit.Add(me, action, "ViewResponse", Views.Id.ToString(), $"case {Invitation.CaseReference}");
        await db.SaveChangesAsync(ct);
    }

    public static bool IsPoint(Question q) => q.Type is QuestionType.ShortText or QuestionType.LongText or QuestionType.PeopleList;
}
