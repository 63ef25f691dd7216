using Voice.Data.CareLeavers;
using static Voice.Data.CareLeavers.Answer;
using static Voice.Data.CareLeavers.CareLeaverCategory;

namespace Voice.Tests.CareLeavers;

public class CareLeaverRulesTests
{
    static readonly DateOnly Today = new(2026, 11, 21);

    static DateOnly Aged(int years) => Today.AddYears(-years).AddDays(-40);

    /// <summary>Answers that meet the 13-week test and say no to everything else.</summary>
    static CheckerAnswers MetTest(int age) => new()
    {
        DateOfBirth = Aged(age), LookedAfterNow = age < 18 ? No : null, TimeSince14 = TimeLookedAfter.ThirteenWeeksOrMore,
        After16 = Yes, CareEnded = age < 18 ? CareEnded.At16Or17 : CareEnded.At18OrLater,
        SpecialGuardianship = No, PrivatelyFostered = No, InEducation = No, WantsPersonalAdviser = No,
    };

    static CheckerAnswers NeverLookedAfter(int age) => new()
    {
        DateOfBirth = Aged(age), LookedAfterNow = age < 18 ? No : null, TimeSince14 = TimeLookedAfter.None,
        SpecialGuardianship = No, PrivatelyFostered = No, InEducation = No, WantsPersonalAdviser = No,
    };

    public static TheoryData<string, CheckerAnswers, CareLeaverCategory, SupportLevel> EveryRow => new()
    {
        { "under-16", NeverLookedAfter(15), TooYoung, SupportLevel.None },
        { "eligible", MetTest(16) with { LookedAfterNow = Yes, After16 = null, CareEnded = null }, Eligible, SupportLevel.Full },
        { "relevant", MetTest(17), Relevant, SupportLevel.Full },
        { "former-relevant-18-20", MetTest(18), FormerRelevant, SupportLevel.Full },
        { "former-relevant-18-20", MetTest(20), FormerRelevant, SupportLevel.Full },
        { "former-relevant-21-24-asks", MetTest(21) with { WantsPersonalAdviser = Yes }, FormerRelevant, SupportLevel.Full },
        { "former-relevant-21-24-education", MetTest(24) with { InEducation = Yes }, FormerRelevant, SupportLevel.Full },
        { "former-relevant-21-24", MetTest(22), FormerRelevant, SupportLevel.OnRequest },
        { "former-relevant-25-education", MetTest(26) with { InEducation = Yes }, FormerRelevant, SupportLevel.EducationOnly },
        { "qualifying-sgo", NeverLookedAfter(17) with { TimeSince14 = TimeLookedAfter.LessThanThirteenWeeks, After16 = No, CareEnded = CareEnded.Before16, SpecialGuardianship = Yes }, Qualifying, SupportLevel.None },
        { "qualifying-after-16", NeverLookedAfter(19) with { TimeSince14 = TimeLookedAfter.LessThanThirteenWeeks, After16 = Yes, CareEnded = CareEnded.At16Or17 }, Qualifying, SupportLevel.None },
        { "qualifying-private", NeverLookedAfter(18) with { PrivatelyFostered = Yes }, Qualifying, SupportLevel.None },
        { "qualifying-21-24-education", NeverLookedAfter(22) with { PrivatelyFostered = Yes, InEducation = Yes }, Qualifying, SupportLevel.EducationOnly },
        { "over-25", MetTest(25), TooOld, SupportLevel.None },
        { "over-25", NeverLookedAfter(30), TooOld, SupportLevel.None },
        { "not-a-care-leaver", NeverLookedAfter(19), NotACareLeaver, SupportLevel.None },
        { "not-a-care-leaver", NeverLookedAfter(16) with { TimeSince14 = TimeLookedAfter.LessThanThirteenWeeks, After16 = No, CareEnded = CareEnded.Before16 }, NotACareLeaver, SupportLevel.None },
    };

    [Theory, MemberData(nameof(EveryRow))]
    public void EachRow_DecidesConfidently(string rowId, CheckerAnswers answers, CareLeaverCategory category, SupportLevel support)
    {
        var result = CareLeaverRules.Decide(answers, Today);
        Assert.Equal(category, result.Category);
        Assert.Equal(support, result.Support);
        Assert.Equal(rowId, result.Rule?.Id);
        Assert.True(result.IsConfident);
    }

    [Fact]
    public void EveryRowOfTheTable_HasATest()
    {
        var tested = EveryRow.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(CareLeaverRules.Table.Select(r => r.Id).Order(), tested.Order());
    }

    [Fact]
    public void ThirteenWeeks_WithNoDayAfter16_IsNotTheTest()
    {
        var answers = MetTest(19) with { After16 = No, CareEnded = CareEnded.Before16 };
        Assert.Equal(NotACareLeaver, CareLeaverRules.Decide(answers, Today).Category);
    }

    [Fact]
    public void LessThan13Weeks_AfterSixteen_IsQualifyingNotRelevant()
    {
        var answers = MetTest(17) with { TimeSince14 = TimeLookedAfter.LessThanThirteenWeeks };
        var result = CareLeaverRules.Decide(answers, Today);
        Assert.Equal(Qualifying, result.Category);
        Assert.Equal("qualifying-after-16", result.Rule!.Id);
    }

    [Fact]
    public void LookedAfterNow_WithoutTheTest_IsNotYetACareLeaver()
    {
        var answers = NeverLookedAfter(16) with { LookedAfterNow = Yes, TimeSince14 = TimeLookedAfter.LessThanThirteenWeeks };
        Assert.Equal(NotACareLeaver, CareLeaverRules.Decide(answers, Today).Category);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(19)]
    [InlineData(23)]
    [InlineData(27)]
    public void NotSureHowLong_NeverGivesAConfidentResult(int age)
    {
        var answers = MetTest(age) with { TimeSince14 = TimeLookedAfter.NotSure, InEducation = Yes };
        var result = CareLeaverRules.Decide(answers, Today);
        Assert.Equal(Unknown, result.Category);
        Assert.False(result.IsConfident);
        Assert.Null(result.Rule);
        Assert.Contains(FormerRelevant is var f && age >= 18 ? f : Relevant, result.Possible);
    }

    [Fact]
    public void NotSureAboutAnEarlierRow_MakesALaterTrueRowUnknown()
    {
        // Met the test (former relevant) but not sure about education: a later row is true,
        // an earlier one unknown, so the result is not confident.
        var answers = MetTest(22) with { InEducation = NotSure };
        var result = CareLeaverRules.Decide(answers, Today);
        Assert.Equal(Unknown, result.Category);
        Assert.Equal([FormerRelevant], result.Possible);
    }

    [Fact]
    public void NotSureAboutARowThatCannotApply_DoesNotMatter()
    {
        // At 19 the personal adviser question is not asked; "not sure" about an SGO is irrelevant once the test is met.
        var answers = MetTest(19) with { SpecialGuardianship = NotSure, WantsPersonalAdviser = null };
        Assert.Equal(FormerRelevant, CareLeaverRules.Decide(answers, Today).Category);
    }

    [Fact]
    public void ContradictoryAnswers_AreUnknown()
    {
        // "Yes, some time after 16" but "left care before 16".
        var answers = MetTest(19) with { After16 = Yes, CareEnded = CareEnded.Before16 };
        Assert.Equal(Unknown, CareLeaverRules.Decide(answers, Today).Category);
    }

    [Fact]
    public void Age_CountsBirthdays_Exactly()
    {
        Assert.Equal(15, CheckerFacts.AgeOn(new DateOnly(2010, 11, 22), Today));
        Assert.Equal(16, CheckerFacts.AgeOn(new DateOnly(2010, 11, 21), Today));
        Assert.Equal(24, CheckerFacts.AgeOn(new DateOnly(2000, 2, 29), new DateOnly(2025, 2, 28)));
        Assert.Equal(25, CheckerFacts.AgeOn(new DateOnly(2000, 2, 29), new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void SupportTo25_AndEducationBeyond()
    {
        var at24 = CareLeaverRules.Decide(MetTest(24), Today);
        Assert.Contains(Entitlements.For(at24), e => e.Slug == "support-until-25");
        var at26InEducation = CareLeaverRules.Decide(MetTest(26) with { InEducation = Yes }, Today);
        var titles = Entitlements.For(at26InEducation).Select(e => e.Slug).ToList();
        Assert.Contains("higher-education-bursary", titles);
        Assert.DoesNotContain("your-personal-adviser", titles);
        Assert.DoesNotContain("setting-up-home-allowance", titles);
    }

    [Fact]
    public void Entitlements_ByCategory()
    {
        var eligible = Entitlements.For(CareLeaverRules.Decide(MetTest(16) with { LookedAfterNow = Yes }, Today)).Select(e => e.Slug).ToList();
        Assert.Contains("your-personal-adviser", eligible);
        Assert.Contains("staying-put", eligible);
        var qualifying = Entitlements.For(CareLeaverRules.Decide(NeverLookedAfter(18) with { PrivatelyFostered = Yes }, Today)).Select(e => e.Slug).ToList();
        Assert.Contains("support-for-qualifying-care-leavers", qualifying);
        Assert.DoesNotContain("your-personal-adviser", qualifying);
        Assert.DoesNotContain("higher-education-bursary", qualifying);
    }

    [Fact]
    public void EveryEntitlement_LinksToAPageThatExists()
    {
        var offer = LocalOfferLoader.Load(Path.Combine(TestPaths.Content, "local-offer"));
        foreach (var e in Entitlements.Table) Assert.True(offer.Find(e.Topic, e.Slug) is not null, e.Path);
    }
}

public class CheckerFlowTests
{
    static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Under16_IsAskedOnlyTheirDateOfBirth()
    {
        var answers = new CheckerAnswers { DateOfBirth = Today.AddYears(-15) };
        Assert.Equal([CheckerQuestion.DateOfBirth], CheckerFlow.Applicable(answers, Today));
        Assert.Null(CheckerFlow.Next(answers, Today));
    }

    [Fact]
    public void SixteenLookedAfterNow_SkipsLeavingQuestions()
    {
        var answers = new CheckerAnswers { DateOfBirth = Today.AddYears(-16), LookedAfterNow = Answer.Yes };
        Assert.Equal([CheckerQuestion.DateOfBirth, CheckerQuestion.LookedAfterNow, CheckerQuestion.TimeSince14, CheckerQuestion.InEducation],
            CheckerFlow.Applicable(answers, Today));
        Assert.Equal(CheckerQuestion.TimeSince14, CheckerFlow.Next(answers, Today));
    }

    [Fact]
    public void TwentyTwo_IsAskedAboutAPersonalAdviser_NotWhetherLookedAfterNow()
    {
        var answers = new CheckerAnswers { DateOfBirth = Today.AddYears(-22) };
        var questions = CheckerFlow.Applicable(answers, Today);
        Assert.DoesNotContain(CheckerQuestion.LookedAfterNow, questions);
        Assert.Equal(CheckerQuestion.WantsPersonalAdviser, questions[^1]);
        Assert.Equal(CheckerQuestion.TimeSince14, CheckerFlow.Previous(answers, Today, CheckerQuestion.After16));
    }

    [Fact]
    public void ChangingTheDateOfBirth_DropsAnswersThatNoLongerApply()
    {
        var answers = new CheckerAnswers { DateOfBirth = Today.AddYears(-22), TimeSince14 = TimeLookedAfter.None, WantsPersonalAdviser = Answer.Yes, InEducation = Answer.No };
        var younger = CheckerFlow.Relevant(answers with { DateOfBirth = Today.AddYears(-19) }, Today);
        Assert.Null(younger.WantsPersonalAdviser);
        Assert.Equal(Answer.No, younger.InEducation);
    }
}
