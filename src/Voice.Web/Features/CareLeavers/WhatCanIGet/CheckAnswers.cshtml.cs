using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

[AllowAnonymous]
public class CheckAnswersModel(CheckerState state, CareLeaverLinks links, Voice.Data.Calendar.UkClock clock, Infrastructure.Languages.PageText text) : PageModel
{
    public record Row(string Question, string Answer, string ChangeLink);

    [BindProperty(SupportsGet = true)] public string? A { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string ResultLink { get; private set; } = "";
    public string BackLink { get; private set; } = "";

    public IActionResult OnGet()
    {
        var today = clock.Today;
        var answers = state.Read(A);
        if (CheckerFlow.Next(answers, today) is { } next) return Redirect(links.CheckerQuestion(next, answers.DateOfBirth is null ? null : state.Write(answers)));
        var questions = CheckerFlow.Applicable(answers, today);
        Rows = questions.Select(q => q == CheckerQuestion.DateOfBirth
                ? new Row(text.Message("Date of birth"), text.Date(answers.DateOfBirth!.Value, "d MMMM yyyy"), links.CheckerQuestion(q, A))
                : CheckerQuestions.Radio.Single(r => r.Id == q) is var r
                    ? new Row(text.Message(r.Short), text.Message(r.Choices.Single(c => c.Value == r.Get(answers)).Text), links.CheckerQuestion(q, A))
                    : throw new InvalidOperationException())
            .ToList();
        ResultLink = links.Result(A!);
        BackLink = links.CheckerQuestion(questions[^1], A);
        return Page();
    }
}
