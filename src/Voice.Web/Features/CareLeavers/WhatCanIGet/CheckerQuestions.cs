using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.GovUk;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

/// <summary>The words of each radio question, its choices, and where its answer goes.</summary>
public sealed record RadioQuestion(
    CheckerQuestion Id,
    string Slug,
    string Heading,
    string? Hint,
    string Error,
    string Short,
    IReadOnlyList<Choice> Choices,
    Func<CheckerAnswers, string?> Get,
    Func<CheckerAnswers, string, CheckerAnswers> Set);

public static class CheckerQuestions
{
    static readonly Choice[] YesNoNotSure = [new("Yes", "Yes"), new("No", "No"), new("NotSure", "I’m not sure")];

    static Answer A(string v) => Enum.Parse<Answer>(v);

    public static readonly IReadOnlyList<RadioQuestion> Radio =
    [
        new(CheckerQuestion.LookedAfterNow, "looked-after-now", "Are you in care now?",
            "This means you are looked after by a council: living with foster carers, in a children’s home or supported accommodation, or somewhere else the council arranged.",
            "Select if you are in care now", "In care now", YesNoNotSure,
            a => a.LookedAfterNow?.ToString(), (a, v) => a with { LookedAfterNow = A(v) }),
        new(CheckerQuestion.TimeSince14, "time-since-14", "Since your 14th birthday, how long have you been in care altogether?",
            "Add up all the times you were in care. Do not count short breaks that were planned, where you went home after each one.",
            "Select how long you have been in care since your 14th birthday", "In care since 14",
            [new("ThirteenWeeksOrMore", "13 weeks (about 3 months) or more"), new("LessThanThirteenWeeks", "Less than 13 weeks"), new("None", "I have not been in care since I was 14"), new("NotSure", "I’m not sure")],
            a => a.TimeSince14?.ToString(), (a, v) => a with { TimeSince14 = Enum.Parse<TimeLookedAfter>(v) }),
        new(CheckerQuestion.After16, "after-16", "Were you in care at any time after your 16th birthday?",
            "Even one day counts.", "Select if you were in care after your 16th birthday", "In care after 16", YesNoNotSure,
            a => a.After16?.ToString(), (a, v) => a with { After16 = A(v) }),
        new(CheckerQuestion.CareEnded, "care-ended", "When did you leave care?", "If you left care more than once, think about the last time.",
            "Select when you left care", "Left care",
            [new("Before16", "Before my 16th birthday"), new("At16Or17", "When I was 16 or 17"), new("At18OrLater", "On my 18th birthday"), new("NotSure", "I’m not sure")],
            a => a.CareEnded?.ToString(), (a, v) => a with { CareEnded = Enum.Parse<CareEnded>(v) }),
        new(CheckerQuestion.SpecialGuardianship, "special-guardianship", "Did a court make a special guardianship order for you when you left care?",
            "A special guardian is someone, often a relative, who a court says can look after you until you are 18.",
            "Select if a court made a special guardianship order for you", "Special guardianship order", YesNoNotSure,
            a => a.SpecialGuardianship?.ToString(), (a, v) => a with { SpecialGuardianship = A(v) }),
        new(CheckerQuestion.PrivatelyFostered, "privately-fostered", "After your 16th birthday, were you privately fostered or placed somewhere by another organisation?",
            "For example, living with someone who is not a close relative for 28 days or more, or living in a charity or private children’s home, or in a hospital or residential school for 3 months or more.",
            "Select if you were privately fostered or placed by another organisation after your 16th birthday", "Privately fostered or placed after 16", YesNoNotSure,
            a => a.PrivatelyFostered?.ToString(), (a, v) => a with { PrivatelyFostered = A(v) }),
        new(CheckerQuestion.InEducation, "education", "Are you in education or training?",
            "For example, at school, college or university, on an apprenticeship, or on a training course.",
            "Select if you are in education or training", "In education or training", YesNoNotSure,
            a => a.InEducation?.ToString(), (a, v) => a with { InEducation = A(v) }),
        new(CheckerQuestion.WantsPersonalAdviser, "personal-adviser", "Would you like support from a personal adviser?",
            "From 21 to 25, care leavers can ask for a personal adviser (PA) at any time. A PA helps you with things like money, housing, work and health.",
            "Select if you would like support from a personal adviser", "Wants a personal adviser", YesNoNotSure,
            a => a.WantsPersonalAdviser?.ToString(), (a, v) => a with { WantsPersonalAdviser = A(v) }),
    ];

    public static RadioQuestion? BySlug(string slug) => Radio.FirstOrDefault(q => q.Slug == slug);

    public static string Slug(CheckerQuestion id) => id == CheckerQuestion.DateOfBirth ? "date-of-birth" : Radio.Single(q => q.Id == id).Slug;

    public static string Label(CareLeaverCategory c) => c switch
    {
        CareLeaverCategory.Eligible => "an eligible care leaver",
        CareLeaverCategory.Relevant => "a relevant care leaver",
        CareLeaverCategory.FormerRelevant => "a former relevant care leaver",
        CareLeaverCategory.Qualifying => "a qualifying care leaver",
        CareLeaverCategory.NotACareLeaver => "not a care leaver",
        CareLeaverCategory.TooYoung => "too young for leaving care support",
        CareLeaverCategory.TooOld => "too old for most leaving care support",
        _ => "not known",
    };
}
