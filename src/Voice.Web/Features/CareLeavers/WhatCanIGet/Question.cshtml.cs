using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

/// <summary>One radio question of the checker. Which questions apply is decided by <see cref="CheckerFlow"/>.</summary>
[AllowAnonymous]
public class QuestionModel(CheckerState state, CareLeaverLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? A { get; set; }
    [BindProperty] public string? Answer { get; set; }

    public RadioQuestion Question { get; private set; } = null!;
    public string BackLink { get; private set; } = "";

    DateOnly Today => clock.Today;

    /// <summary>Finds the question; if it does not apply to these answers, says where to go instead.</summary>
    IActionResult? Prepare(string question, CheckerAnswers answers)
    {
        var q = CheckerQuestions.BySlug(question);
        if (q is null) return NotFound();
        if (!CheckerFlow.Applicable(answers, Today).Contains(q.Id))
        {
            var token = answers.DateOfBirth is null ? null : state.Write(answers);
            return Redirect(CheckerFlow.Next(answers, Today) is { } next ? links.CheckerQuestion(next, token) : links.CheckAnswers(token));
        }
        Question = q;
        var previous = CheckerFlow.Previous(answers, Today, q.Id);
        BackLink = previous is { } p ? links.CheckerQuestion(p, A) : links.Checker();
        return null;
    }

    public IActionResult OnGet(string question)
    {
        var answers = state.Read(A);
        if (Prepare(question, answers) is { } elsewhere) return elsewhere;
        Answer = Question.Get(answers);
        return Page();
    }

    public IActionResult OnPost(string question)
    {
        var answers = state.Read(A);
        if (Prepare(question, answers) is { } elsewhere) return elsewhere;
        if (Answer is null || Question.Choices.All(c => c.Value != Answer)) this.Fail(nameof(Answer), Question.Error);
        answers = CheckerFlow.Relevant(Question.Set(answers, Answer!), Today);
        var token = state.Write(answers);
        return Redirect(CheckerFlow.Next(answers, Today) is { } next ? links.CheckerQuestion(next, token) : links.CheckAnswers(token));
    }
}
