using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Feedback.Questionnaires;
using Htmx;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Views;

/// <summary>
/// One question per page. Continue saves and moves on; "Save and come back later" keeps what is
/// there; long answers also save themselves as the person types, when JavaScript runs.
/// </summary>
[AllowAnonymous]
public class QuestionModel(ViewSession session, AnswerWriter writer, ViewLinks links, Voice.Web.Infrastructure.Languages.PageText text) : PageModel
{
    public const string SupportiveKey = "voice-views-supportive";

    [BindProperty(SupportsGet = true)] public string QuestionId { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty] public List<string> Answer { get; set; } = [];
    [BindProperty] public string? Action { get; set; }

    public ViewSession.Current Current { get; private set; } = null!;
    public Question Question { get; private set; } = null!;
    public string BackUrl { get; private set; } = "";
    public int PeopleFields { get; private set; }
    public int Number { get; private set; }
    public int Total { get; private set; }
    public bool FromCheck => From == "check";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect) return redirect;
        Answer = Current.Answers.GetValueOrDefault(QuestionId)?.ToList() ?? [];
        PeopleFields = Math.Min(Question.MaxItems ?? 1, Math.Max(3, Answer.Count + 1));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect) return redirect;
        PeopleFields = Math.Min(Question.MaxItems ?? 1, Math.Max(3, Answer.Count(a => !string.IsNullOrWhiteSpace(a)) + 1));
        if (Action == "add-person")
        {
            ModelState.Clear();
            PeopleFields = Math.Min(Question.MaxItems ?? 1, Answer.Count + 1);
            return Page();
        }
        var leaving = Action == "save-and-leave";
        var check = QuestionnaireFlow.Check(Question, Answer, Language);
        // "Save and come back later" ends the session: the next person on a shared device needs the code.
        if (leaving && check.Values.Count == 0) return Leave();
        if (!check.IsValid) this.Fail(nameof(Answer), check.Error!);

        if (await writer.SaveAsync(Current, Question, check.Values, ct)) TempData[SupportiveKey] = "1";
        if (leaving) return Leave();
        if (FromCheck) return Redirect(links.Check());
        var next = Current.Flow.After(QuestionId, Current.Answers);
        return Redirect(next is not null ? links.Question(next.Id) : AfterLastQuestion());
    }

    /// <summary>Saves a long answer while it is being typed (htmx). Answers 204, or 400 with the problem.</summary>
    IActionResult Leave()
    {
        session.End(Response);
        return Redirect(links.Saved());
    }

    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not null || Question.Type != QuestionType.LongText) return BadRequest();
        Response.Htmx(h => h.WithVary());
        var check = QuestionnaireFlow.Check(Question, Answer, Language);
        if (check.Values.Count > 0 && !check.IsValid) return BadRequest(text.Message(check.Error ?? ""));
        if (check.Values.Count == 0) return Content("");
        if (await writer.SaveAsync(Current, Question, check.Values, ct)) TempData[SupportiveKey] = "1";
        return Content(text["views.question.saved"]);
    }

    string AfterLastQuestion() =>
        Current.Invitation.SocialWorkerId is not null ? links.WhoCanSee() : links.UseToImprove();

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return Redirect(links.EnterCode());
        if (current.Submitted) return Redirect(links.WhatHappensNext());
        Current = current;
        var answers = current.Answers;
        var question = current.Definition.Find(QuestionId);
        if (question is null) return NotFound();
        if (!current.Flow.Applies(QuestionId, answers))
        {
            var next = current.Flow.Next(answers);
            return Redirect(next is null ? links.Check() : links.Question(next.Id));
        }
        Question = question;
        (Number, Total) = current.Flow.Progress(QuestionId, answers);
        var previous = current.Flow.Previous(QuestionId, answers);
        BackUrl = FromCheck ? links.Check() : previous is null ? links.Start() : links.Question(previous.Id);
        return null;
    }

    /// <summary>The language the questionnaire's words are shown in: the reader's, or English when it has no usable translation.</summary>
    public string Language => text.QuestionnaireLanguage(Current.Definition);

    public string ReadAloud =>
        Question.ReadAloud?.Get(Language) ?? string.Join(". ", new[] { Question.Text.Get(Language), Question.Hint?.Get(Language) }.Where(s => s is not null)
            .Concat(Question.Options.Select(o => o.Label.Get(Language))));

    public bool IsChecked(string value) => Answer.Contains(value);
}
