using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

[AllowAnonymous]
public class DateOfBirthModel(CheckerState state, CareLeaverLinks links, Voice.Data.Calendar.UkClock clock, Infrastructure.Languages.PageText text) : PageModel
{
    [BindProperty] public DateParts DateOfBirth { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? A { get; set; }

    DateOnly Today => clock.Today;

    public void OnGet() => DateOfBirth = DateParts.From(state.Read(A).DateOfBirth);

    public IActionResult OnPost()
    {
        var (date, error) = DateOfBirth.Parse("Date of birth");
        if (error is not null) this.Fail(nameof(DateOfBirth), error);
        var (ok, message) = Check(date!.Value, Today);
        // The earliest date is in the message: written in the reader's language here, as the catalog cannot match it.
        if (!ok) this.Fail(nameof(DateOfBirth), date < Today ? text["checker.dob.after", text.Date(Earliest(Today).AddDays(-1), "d MMMM yyyy")] : message!);
        var answers = CheckerFlow.Relevant(state.Read(A) with { DateOfBirth = date }, Today);
        var token = state.Write(answers);
        return Redirect(CheckerFlow.Next(answers, Today) is { } next ? links.CheckerQuestion(next, token) : links.CheckAnswers(token));
    }

    /// <summary>A date of birth must be in the past and not more than 100 years ago.</summary>
    public static (bool Ok, string? Error) Check(DateOnly date, DateOnly today)
    {
        if (date > today) return (false, "Date of birth must be in the past");
        var earliest = Earliest(today);
        if (date < earliest) return (false, $"Date of birth must be after {earliest.AddDays(-1):d MMMM yyyy}");
        return (true, null);
    }

    static DateOnly Earliest(DateOnly today) => today.AddYears(-CheckerFlow.OldestAge);
}
