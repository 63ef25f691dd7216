using System.Text.Json;
using Voice.Data.Feedback.Safeguarding;

namespace Voice.Tests.Feedback.Safeguarding;

/// <summary>
/// The two signals confirm each other for weak evidence: a phrase of a rule less urgent than
/// <see cref="ScreenResult.AloneTier"/> ("shout at me", "no food", "older boyfriend") flags only
/// when the meaning score reaches the lower, confirming threshold; a tier 1 phrase flags alone,
/// whatever a negation, a context or the meaning says. Meaning results are made by hand here, so
/// each case is exact; <see cref="SemanticScreenTests"/> covers the trained model.
/// </summary>
public class AmbiguousPhraseTests
{
    static readonly SafeguardingScreen Lexicon = SafeguardingScreen.Load(Path.Combine(TestPaths.Content, "themes", "safeguarding.json"));

    static SemanticResult Meaning(string sentence, double score, double threshold = 0.37, double confirm = 0.09) =>
        new(score >= threshold, score, threshold, score, score, sentence,
            [new Neighbour("there is never any food in our house", true, "neglect", 0.71), new Neighbour("the fridge was empty before the big shop", false, "neglect", 0.66)],
            Confirm: confirm);

    [Fact]
    public void AnAmbiguousPhrase_TheMeaningDoesNotConfirm_IsNotFlagged_ButKeepsItsMatchesToShow()
    {
        const string text = "the fridge had no food in it because we do the big shop on saturdays";
        var lexical = Lexicon.ScreenLexicon(text);
        Assert.Equal(LexiconEvidence.Weak, lexical.Evidence);

        var result = lexical.WithSemantic(Meaning(text, 0.05));

        Assert.False(result.Flag);
        Assert.Null(result.Tier);
        Assert.Equal("", result.Signal);
        Assert.NotEmpty(result.Matches);
        Assert.Contains("not flagged", result.Why);
        Assert.Contains("agrees at 0.09", result.Why);
        Assert.False(JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("flag").GetBoolean());
    }

    [Fact]
    public void AnAmbiguousPhrase_TheMeaningConfirms_Flags_AtTheLexiconTier_AndSaysWhy()
    {
        const string text = "there was no food again so i saved the toast for my brother";
        var lexical = Lexicon.ScreenLexicon(text);
        Assert.Equal(LexiconEvidence.Weak, lexical.Evidence);

        // Below the flagging threshold (0.37), so the meaning alone would not flag it.
        var result = lexical.WithSemantic(Meaning(text, 0.12));

        Assert.True(result.Flag);
        Assert.Equal(lexical.Tier, result.Tier);
        Assert.Equal("both", result.Signal);
        Assert.Equal(lexical.Top!.Category, result.Category);
        Assert.Contains($"the words \"{lexical.Top.Text}\"", result.Why);
        Assert.Contains("the meaning agrees: score 0.12, agrees at 0.09", result.Why);
        Assert.Contains("\"there is never any food in our house\" (0.71)", result.Why);
    }

    [Theory]
    [InlineData("he never hits me when mum is home")]
    [InlineData("my dad hits me")]
    public void ATierOnePhrase_FlagsAlone_NegatedOrNot_WhateverTheMeaningSays(string text)
    {
        var lexical = Lexicon.ScreenLexicon(text);
        Assert.Equal(LexiconEvidence.Strong, lexical.Evidence);

        var result = lexical.WithSemantic(Meaning(text, 0.0, confirm: 0.2));

        Assert.True(result.Flag);
        Assert.Equal(lexical.Tier, result.Tier);
        Assert.Equal("lexicon", result.Signal);
        Assert.DoesNotContain("the meaning agrees", result.Why);
    }

    [Theory]
    [InlineData("my carers shout at me", "my carers never shout at me", 0.05, false)]
    [InlineData("my carers shout at me", "my carers never shout at me", 0.10, true)]
    public void ANegation_NeverDecidesWhetherAPhraseFlags_OnlyTheRuleAndTheMeaningDo(string plain, string negated, double score, bool flags)
    {
        var a = Lexicon.ScreenLexicon(plain);
        var b = Lexicon.ScreenLexicon(negated);
        Assert.True(b.Top!.Negated);
        Assert.Equal(a.Evidence, b.Evidence);

        Assert.Equal(flags, a.WithSemantic(Meaning(plain, score)).Flag);
        Assert.Equal(flags, b.WithSemantic(Meaning(negated, score)).Flag);
    }

    [Fact]
    public void WhenTheMeaningCannotRun_AnAmbiguousPhraseStillFlags()
    {
        const string text = "my carers never shout at me";
        var result = Lexicon.ScreenLexicon(text).WithSemantic(SemanticResult.CouldNotRun(text));

        Assert.True(result.Flag);
        Assert.Contains("could not run", result.Why);
    }

    [Fact]
    public void WithoutTheMeaningSignal_EveryMatchFlags_AsBefore()
    {
        var result = Lexicon.Screen("my carers never shout at me");
        Assert.True(result.Flag);
        Assert.True(result.LexiconFires);
    }

    [Theory]
    // A quarter of the flagging threshold, in hundredths (rounded down).
    [InlineData(new[] { 0.30, 0.50 }, 0.37, 0.09)]
    // A validation disclosure with only an ambiguous phrase and a low meaning score pulls the bar below it.
    [InlineData(new[] { 0.30, 0.055 }, 0.37, 0.05)]
    // No such disclosure: still a quarter.
    [InlineData(new double[0], 0.40, 0.10)]
    public void TheConfirmingThreshold_IsAQuarterOfTheThreshold_OrLowerSoNoValidationDisclosureIsLost(double[] weakScores, double threshold, double expected)
    {
        Assert.Equal(expected, SemanticScreen.ChooseConfirm(weakScores, threshold), 6);
    }
}
