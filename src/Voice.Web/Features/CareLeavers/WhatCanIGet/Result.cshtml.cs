using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

[AllowAnonymous]
public class ResultModel(CheckerState state, CareLeaverLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? A { get; set; }
    public CheckerResult Result { get; private set; } = null!;
    /// <summary>What they can get; when the result is unknown, what they might get in any of the possible groups.</summary>
    public IReadOnlyList<Entitlement> Entitlements { get; private set; } = [];
    public string ChangeLink { get; private set; } = "";

    public IActionResult OnGet()
    {
        var today = clock.Today;
        var answers = state.Read(A);
        if (CheckerFlow.Next(answers, today) is { } next) return Redirect(links.CheckerQuestion(next, answers.DateOfBirth is null ? null : state.Write(answers)));
        Result = CareLeaverRules.Decide(answers, today);
        Entitlements = Result.IsConfident
            ? Data.CareLeavers.Entitlements.For(Result)
            : Data.CareLeavers.Entitlements.Table
                .Where(e => Result.Possible.Any(c => e.AppliesTo(Result with { Category = c, Support = SupportLevel.Full })))
                .ToList();
        ChangeLink = Result.Category == CareLeaverCategory.TooYoung ? links.CheckerQuestion(CheckerQuestion.DateOfBirth, A) : links.CheckAnswers(A!);
        return Page();
    }
}
