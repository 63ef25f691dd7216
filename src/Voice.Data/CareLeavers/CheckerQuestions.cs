namespace Voice.Data.CareLeavers;

/// <summary>The questions of the "what can I get" checker, in the order they are asked.</summary>
public enum CheckerQuestion
{
    DateOfBirth, LookedAfterNow, TimeSince14, After16, CareEnded, SpecialGuardianship, PrivatelyFostered, InEducation, WantsPersonalAdviser,
}

/// <summary>Which questions a person is asked, given what they have said. A pure function, unit-tested.</summary>
public static class CheckerFlow
{
    public const int OldestAge = 100;

    /// <summary>The questions that apply, in order. Questions after an unanswered one may still change.</summary>
    public static IReadOnlyList<CheckerQuestion> Applicable(CheckerAnswers a, DateOnly today)
    {
        var list = new List<CheckerQuestion> { CheckerQuestion.DateOfBirth };
        if (a.DateOfBirth is not { } dob) return list;
        var age = CheckerFacts.AgeOn(dob, today);
        if (age < 16) return list;
        var lookedAfterNow = age < 18 && a.LookedAfterNow == Answer.Yes;
        if (age < 18) list.Add(CheckerQuestion.LookedAfterNow);
        list.Add(CheckerQuestion.TimeSince14);
        if (!lookedAfterNow && a.TimeSince14 != TimeLookedAfter.None)
        {
            list.Add(CheckerQuestion.After16);
            list.Add(CheckerQuestion.CareEnded);
        }
        if (!lookedAfterNow && age < 25)
        {
            list.Add(CheckerQuestion.SpecialGuardianship);
            list.Add(CheckerQuestion.PrivatelyFostered);
        }
        list.Add(CheckerQuestion.InEducation);
        if (age is >= 21 and < 25) list.Add(CheckerQuestion.WantsPersonalAdviser);
        return list;
    }

    public static bool IsAnswered(CheckerAnswers a, CheckerQuestion q) => q switch
    {
        CheckerQuestion.DateOfBirth => a.DateOfBirth is not null,
        CheckerQuestion.LookedAfterNow => a.LookedAfterNow is not null,
        CheckerQuestion.TimeSince14 => a.TimeSince14 is not null,
        CheckerQuestion.After16 => a.After16 is not null,
        CheckerQuestion.CareEnded => a.CareEnded is not null,
        CheckerQuestion.SpecialGuardianship => a.SpecialGuardianship is not null,
        CheckerQuestion.PrivatelyFostered => a.PrivatelyFostered is not null,
        CheckerQuestion.InEducation => a.InEducation is not null,
        CheckerQuestion.WantsPersonalAdviser => a.WantsPersonalAdviser is not null,
        _ => false,
    };

    /// <summary>The first question still to answer, or null when the answers are complete.</summary>
    public static CheckerQuestion? Next(CheckerAnswers a, DateOnly today) =>
        Applicable(a, today).Cast<CheckerQuestion?>().FirstOrDefault(q => !IsAnswered(a, q!.Value));

    /// <summary>The question before this one, for the back link.</summary>
    public static CheckerQuestion? Previous(CheckerAnswers a, DateOnly today, CheckerQuestion q)
    {
        var list = Applicable(a, today);
        var i = list.ToList().IndexOf(q);
        return i > 0 ? list[i - 1] : null;
    }

    /// <summary>Only the answers to questions that apply (a changed date of birth can make others irrelevant).</summary>
    public static CheckerAnswers Relevant(CheckerAnswers a, DateOnly today)
    {
        var keep = Applicable(a, today).ToHashSet();
        return new CheckerAnswers
        {
            DateOfBirth = a.DateOfBirth,
            LookedAfterNow = keep.Contains(CheckerQuestion.LookedAfterNow) ? a.LookedAfterNow : null,
            TimeSince14 = keep.Contains(CheckerQuestion.TimeSince14) ? a.TimeSince14 : null,
            After16 = keep.Contains(CheckerQuestion.After16) ? a.After16 : null,
            CareEnded = keep.Contains(CheckerQuestion.CareEnded) ? a.CareEnded : null,
            SpecialGuardianship = keep.Contains(CheckerQuestion.SpecialGuardianship) ? a.SpecialGuardianship : null,
            PrivatelyFostered = keep.Contains(CheckerQuestion.PrivatelyFostered) ? a.PrivatelyFostered : null,
            InEducation = keep.Contains(CheckerQuestion.InEducation) ? a.InEducation : null,
            WantsPersonalAdviser = keep.Contains(CheckerQuestion.WantsPersonalAdviser) ? a.WantsPersonalAdviser : null,
        };
    }
}

/// <summary>Something a care leaver can get, the page that explains it, and who it is for.</summary>
public sealed record Entitlement(string Title, string Topic, string Slug, Func<CheckerResult, bool> AppliesTo)
{
    public string Path => LocalOffer.PagePath(Topic, Slug);
}

/// <summary>The entitlements matrix of the research note, as a table. Each row links to its page.</summary>
public static class Entitlements
{
    static bool Is(CheckerResult r, params CareLeaverCategory[] c) => c.Contains(r.Category);
    static bool Frc(CheckerResult r) => r.Category == CareLeaverCategory.FormerRelevant;
    static bool Full(CheckerResult r) => Is(r, CareLeaverCategory.Eligible, CareLeaverCategory.Relevant) || (Frc(r) && r.Support == SupportLevel.Full);
    static bool AnyUnder25(CheckerResult r) =>
        Is(r, CareLeaverCategory.Eligible, CareLeaverCategory.Relevant, CareLeaverCategory.FormerRelevant, CareLeaverCategory.Qualifying) && r.Age < 25;

    public static readonly IReadOnlyList<Entitlement> Table =
    [
        new("A personal adviser (PA)", "personal-adviser-and-pathway-plan", "your-personal-adviser", Full),
        new("A pathway plan", "personal-adviser-and-pathway-plan", "your-pathway-plan", Full),
        new("Support from a PA until you are 25, if you ask", "personal-adviser-and-pathway-plan", "support-until-25", r => Frc(r) && r.Age is >= 21 and < 25),
        new("A setting-up-home allowance", "money", "setting-up-home-allowance", r => AnyUnder25(r) && r.Category != CareLeaverCategory.Eligible),
        new("Money to live on and help with benefits", "money", "money-to-live-on-and-benefits", r => Is(r, CareLeaverCategory.Relevant) || (Frc(r) && r.Age < 25)),
        new("Emergency help", "money", "emergency-help", r => Full(r) || (Frc(r) && r.Age < 25)),
        new("Help with council tax", "money", "council-tax", r => (Frc(r) || Is(r, CareLeaverCategory.Qualifying)) && r.Age is >= 18 and < 25),
        new("Staying Put with your foster carers until 21", "somewhere-to-live", "staying-put", r => Is(r, CareLeaverCategory.Eligible) || (Frc(r) && r.Age < 21)),
        new("Priority help if you are homeless", "somewhere-to-live", "if-you-are-homeless", r => AnyUnder25(r) && r.Age >= 18),
        new("The 16 to 19 Bursary", "education", "16-to-19-bursary", r => Is(r, CareLeaverCategory.Eligible, CareLeaverCategory.Relevant) || (Frc(r) && r.Age <= 18)),
        new("The £2,000 higher education bursary", "education", "higher-education-bursary", Frc),
        new("Somewhere to stay in the holidays if you study", "education", "vacation-accommodation", r => Frc(r) || (Is(r, CareLeaverCategory.Qualifying) && r.Age < 25)),
        new("The £3,000 apprenticeship bursary", "work", "apprenticeship-bursary", r => Is(r, CareLeaverCategory.Eligible, CareLeaverCategory.Relevant) || (Frc(r) && r.Age < 25)),
        new("Your health history", "health", "your-health-history", AnyUnder25),
        new("Help for qualifying care leavers", "qualifying-care-leavers", "support-for-qualifying-care-leavers", r => Is(r, CareLeaverCategory.Qualifying)),
        new("An advocate to help you be heard", "records-and-rights", "advocacy", AnyUnder25),
        new("Seeing your care records", "records-and-rights", "your-care-records", _ => true),
    ];

    public static IReadOnlyList<Entitlement> For(CheckerResult result) => Table.Where(e => e.AppliesTo(result)).ToList();
}
