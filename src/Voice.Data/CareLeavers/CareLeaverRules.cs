namespace Voice.Data.CareLeavers;

/// <summary>Yes, no, or "I'm not sure". A question not asked is null.</summary>
public enum Answer { NotSure, Yes, No }

public enum TimeLookedAfter { ThirteenWeeksOrMore, LessThanThirteenWeeks, None, NotSure }

public enum CareEnded { Before16, At16Or17, At18OrLater, NotSure }

/// <summary>The checker's answers so far. Nothing here is kept on the server.</summary>
public sealed record CheckerAnswers
{
    public DateOnly? DateOfBirth { get; init; }
    public Answer? LookedAfterNow { get; init; }
    public TimeLookedAfter? TimeSince14 { get; init; }
    public Answer? After16 { get; init; }
    public CareEnded? CareEnded { get; init; }
    public Answer? SpecialGuardianship { get; init; }
    public Answer? PrivatelyFostered { get; init; }
    public Answer? InEducation { get; init; }
    public Answer? WantsPersonalAdviser { get; init; }
}

public enum CareLeaverCategory { Eligible, Relevant, FormerRelevant, Qualifying, NotACareLeaver, TooYoung, TooOld, Unknown }

/// <summary>How much of a former relevant care leaver's support applies at their age.</summary>
public enum SupportLevel { None, Full, OnRequest, EducationOnly }

/// <summary>Three-valued (Kleene) logic: an unknown answer makes a rule unknown unless the rest decides it.</summary>
public enum Tri { False, Unknown, True }

public static class TriLogic
{
    public static Tri And(this Tri a, Tri b) => (Tri)Math.Min((int)a, (int)b);
    public static Tri Or(this Tri a, Tri b) => (Tri)Math.Max((int)a, (int)b);
    public static Tri Not(this Tri a) => (Tri)(2 - (int)a);
    public static Tri From(bool value) => value ? Tri.True : Tri.False;
    public static Tri From(Answer? answer) => answer switch { Answer.Yes => Tri.True, Answer.No => Tri.False, _ => Tri.Unknown };
}

/// <summary>What the rules look at, worked out from the answers and today's date.</summary>
public sealed record CheckerFacts(
    int Age,
    Tri LookedAfterNow,
    Tri ThirteenWeeksSince14,
    Tri After16,
    Tri SpecialGuardianship,
    Tri PrivatelyFostered,
    Tri InEducation,
    Tri WantsPersonalAdviser)
{
    /// <summary>The 13-week test: 13 weeks looked after since 14, at least one day of it after 16.</summary>
    public Tri MetTest => ThirteenWeeksSince14.And(After16);

    public static int AgeOn(DateOnly dateOfBirth, DateOnly today)
    {
        // Someone born on 29 February has their birthday on 1 March in other years.
        static DateOnly Birthday(DateOnly dob, int year) =>
            dob is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, dob.Month, dob.Day);
        var age = today.Year - dateOfBirth.Year;
        if (today < Birthday(dateOfBirth, today.Year)) age--;
        return age;
    }

    public static CheckerFacts From(CheckerAnswers a, DateOnly today)
    {
        var age = a.DateOfBirth is { } dob ? AgeOn(dob, today) : throw new ArgumentException("A date of birth is needed", nameof(a));
        // Nobody is looked after from their 18th birthday.
        var lookedAfterNow = age >= 18 ? Tri.False : TriLogic.From(a.LookedAfterNow);
        var weeks = a.TimeSince14 switch
        {
            TimeLookedAfter.ThirteenWeeksOrMore => Tri.True,
            TimeLookedAfter.LessThanThirteenWeeks or TimeLookedAfter.None => Tri.False,
            _ => Tri.Unknown,
        };
        Tri after16;
        if (lookedAfterNow == Tri.True && age >= 16) after16 = Tri.True;
        else if (a.TimeSince14 == TimeLookedAfter.None) after16 = Tri.False;
        else
        {
            // "When care ended" and "any time after 16" must agree; if they do not, nobody can be sure.
            var said = TriLogic.From(a.After16);
            var fromEnd = a.CareEnded switch
            {
                CareLeavers.CareEnded.Before16 => Tri.False,
                CareLeavers.CareEnded.At16Or17 or CareLeavers.CareEnded.At18OrLater => Tri.True,
                _ => Tri.Unknown,
            };
            after16 = said == Tri.Unknown ? fromEnd
                : fromEnd == Tri.Unknown || fromEnd == said ? said
                : Tri.Unknown;
        }
        return new CheckerFacts(age, lookedAfterNow, weeks, after16,
            TriLogic.From(a.SpecialGuardianship), TriLogic.From(a.PrivatelyFostered),
            TriLogic.From(a.InEducation), TriLogic.From(a.WantsPersonalAdviser));
    }
}

/// <summary>One row of the rule table: when it applies, and what it means.</summary>
public sealed record CareLeaverRule(string Id, string Description, Func<CheckerFacts, Tri> When, CareLeaverCategory Category, SupportLevel Support, string Basis);

public sealed record CheckerResult(
    CareLeaverCategory Category,
    SupportLevel Support,
    int Age,
    /// <summary>The row that decided, or null when the result is unknown.</summary>
    CareLeaverRule? Rule,
    /// <summary>When unknown: every group the person might be in, given the answers.</summary>
    IReadOnlyList<CareLeaverCategory> Possible)
{
    public bool IsConfident => Category != CareLeaverCategory.Unknown;
}

/// <summary>
/// The care leaver rules of the Children Act 1989 as a table, checked in order (see the research
/// note, section 1). The first row that is true decides, but only if no row before it was
/// unknown: an unknown answer never gives a confident result.
/// </summary>
public static class CareLeaverRules
{
    static Tri AgeIn(CheckerFacts f, int min, int max) => TriLogic.From(f.Age >= min && f.Age <= max);

    public static readonly IReadOnlyList<CareLeaverRule> Table =
    [
        new("under-16", "Under 16: too young for leaving care support", f => TriLogic.From(f.Age < 16),
            CareLeaverCategory.TooYoung, SupportLevel.None, "Children Act 1989 Sch 2 para 19B"),
        new("eligible", "16 or 17, looked after now, 13-week test met", f => AgeIn(f, 16, 17).And(f.LookedAfterNow).And(f.MetTest),
            CareLeaverCategory.Eligible, SupportLevel.Full, "CA 1989 Sch 2 para 19B; CPPCR 2010 reg 40"),
        new("relevant", "16 or 17, left care after meeting the 13-week test", f => AgeIn(f, 16, 17).And(f.LookedAfterNow.Not()).And(f.MetTest),
            CareLeaverCategory.Relevant, SupportLevel.Full, "CA 1989 s23A(2)"),
        new("former-relevant-18-20", "18 to 20, met the 13-week test", f => AgeIn(f, 18, 20).And(f.MetTest),
            CareLeaverCategory.FormerRelevant, SupportLevel.Full, "CA 1989 s23C(1)"),
        new("former-relevant-21-24-asks", "21 to 24, met the 13-week test, wants a personal adviser", f => AgeIn(f, 21, 24).And(f.MetTest).And(f.WantsPersonalAdviser),
            CareLeaverCategory.FormerRelevant, SupportLevel.Full, "CA 1989 s23CZB"),
        new("former-relevant-21-24-education", "21 to 24, met the 13-week test, in education or training", f => AgeIn(f, 21, 24).And(f.MetTest).And(f.InEducation),
            CareLeaverCategory.FormerRelevant, SupportLevel.Full, "CA 1989 s23C(6)-(7)"),
        new("former-relevant-21-24", "21 to 24, met the 13-week test, no personal adviser wanted now", f => AgeIn(f, 21, 24).And(f.MetTest),
            CareLeaverCategory.FormerRelevant, SupportLevel.OnRequest, "CA 1989 s23CZB"),
        new("former-relevant-25-education", "25 or over, met the 13-week test, in education or training", f => TriLogic.From(f.Age >= 25).And(f.MetTest).And(f.InEducation),
            CareLeaverCategory.FormerRelevant, SupportLevel.EducationOnly, "CA 1989 s23C(6)-(7)"),
        new("qualifying-sgo", "16 to 20, special guardianship order after being looked after", f => AgeIn(f, 16, 20).And(f.LookedAfterNow.Not()).And(f.SpecialGuardianship),
            CareLeaverCategory.Qualifying, SupportLevel.None, "CA 1989 s24(1A)"),
        new("qualifying-after-16", "16 to 20, looked after after 16 without meeting the 13-week test, no longer looked after",
            f => AgeIn(f, 16, 20).And(f.LookedAfterNow.Not()).And(f.After16).And(f.MetTest.Not()),
            CareLeaverCategory.Qualifying, SupportLevel.None, "CA 1989 s24(1B)"),
        new("qualifying-private", "16 to 20, privately fostered or placed by another organisation after 16", f => AgeIn(f, 16, 20).And(f.LookedAfterNow.Not()).And(f.PrivatelyFostered),
            CareLeaverCategory.Qualifying, SupportLevel.None, "CA 1989 s24(1B),(2)"),
        new("qualifying-21-24-education", "21 to 24, would be qualifying, in education or training",
            f => AgeIn(f, 21, 24).And(f.SpecialGuardianship.Or(f.PrivatelyFostered).Or(f.After16.And(f.MetTest.Not()))).And(f.InEducation),
            CareLeaverCategory.Qualifying, SupportLevel.EducationOnly, "CA 1989 s24B"),
        new("over-25", "25 or over: leaving care support has ended", f => TriLogic.From(f.Age >= 25),
            CareLeaverCategory.TooOld, SupportLevel.None, "CA 1989 s23C, s23CZB"),
        new("not-a-care-leaver", "None of the above", _ => Tri.True,
            CareLeaverCategory.NotACareLeaver, SupportLevel.None, "-"),
    ];

    public static CheckerResult Decide(CheckerAnswers answers, DateOnly today) => Decide(CheckerFacts.From(answers, today));

    public static CheckerResult Decide(CheckerFacts facts)
    {
        var possible = new List<CareLeaverCategory>();
        foreach (var rule in Table)
        {
            var value = rule.When(facts);
            if (value == Tri.False) continue;
            if (!possible.Contains(rule.Category)) possible.Add(rule.Category);
            if (value == Tri.Unknown) continue;
            return possible.Count == 1 && Table.TakeWhile(r => r != rule).All(r => r.When(facts) == Tri.False)
                ? new CheckerResult(rule.Category, rule.Support, facts.Age, rule, possible)
                : new CheckerResult(CareLeaverCategory.Unknown, SupportLevel.None, facts.Age, null, possible);
        }
        return new CheckerResult(CareLeaverCategory.Unknown, SupportLevel.None, facts.Age, null, possible);
    }
}
