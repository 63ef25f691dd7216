using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

[AllowAnonymous]
public class CheckAnswersModel(CheckerState state, CareLeaverLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
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
                ? new Row("Date of birth", answers.DateOfBirth!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), links.CheckerQuestion(q, A))
                : CheckerQuestions.Radio.Single(r => r.Id == q) is var r
                    ? new Row(r.Short, r.Choices.Single(c => c.Value == r.Get(answers)).Text, links.CheckerQuestion(q, A))
                    : throw new InvalidOperationException())
            .ToList();
        ResultLink = links.Result(A!);
        BackLink = links.CheckerQuestion(questions[^1], A);
        return Page();
    }
}
