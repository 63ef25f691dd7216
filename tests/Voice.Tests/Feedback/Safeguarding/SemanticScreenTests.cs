using System.Text.Json;
using Voice.Data.Feedback.Safeguarding;
using Xunit.Abstractions;

namespace Voice.Tests.Feedback.Safeguarding;

/// <summary>
/// The screen with both signals (lexicon and meaning) on the regression sets: every labelled set
/// that has been used for tuning. The honest first-run figures on sets never tuned on are in
/// content/themes/README.md (see <see cref="SafeguardingFirstRunTests"/>).
/// </summary>
public class SemanticScreenTests(ITestOutputHelper output)
{
    static SafeguardingScreen Screen => SafeguardingScreen2.Screen;

    [Fact]
    public void RegressionSets_RecallIsAtLeast95Percent_AndFewLookAlikesAreFlagged()
    {
        var sets = SafeguardingScreen2.RegressionSets();
        var results = sets.Select(s => (s.Set, s.Item, Result: Screen.Screen(s.Item.Text))).ToList();
        foreach (var group in results.GroupBy(r => r.Set))
        {
            var d = group.Where(r => r.Item.Disclosure).ToList();
            var o = group.Where(r => !r.Item.Disclosure).ToList();
            output.WriteLine($"{group.Key}: recall {d.Count(r => r.Result.Flag) / (double)d.Count:F3}, ordinary flagged {o.Count(r => r.Result.Flag) / (double)Math.Max(1, o.Count):F3}");
        }
        var disclosures = results.Where(r => r.Item.Disclosure).ToList();
        var recall = disclosures.Count(r => r.Result.Flag) / (double)disclosures.Count;
        var ordinary = results.Where(r => !r.Item.Disclosure).ToList();
        output.WriteLine($"all: recall {recall:F3}, ordinary flagged {ordinary.Count(r => r.Result.Flag) / (double)ordinary.Count:F3}");
        Assert.True(recall >= 0.95, $"recall {recall:F3} < 0.95; missed:\n{string.Join("\n", disclosures.Where(r => !r.Result.Flag).Select(r => r.Item.Text))}");
        // The words in the classifier keep look-alikes down: with the embedding alone, 0.36 of these were flagged.
        var flagRate = ordinary.Count(r => r.Result.Flag) / (double)ordinary.Count;
        Assert.True(flagRate <= 0.20, $"{flagRate:F3} of ordinary comments flagged (at most 0.20)");
    }

    [Fact]
    public void TheExamples_CoverEveryHarm_WithManyVariedDisclosures_AndLookAlikes()
    {
        var examples = LabelledText.LoadCsv(Path.Combine(SafeguardingScreen2.Themes, "safeguarding-examples.csv"));
        Assert.True(examples.Count(e => e.Disclosure) >= 300);
        Assert.True(examples.Count(e => !e.Disclosure) >= 150);
        Assert.Equal(examples.Count, examples.Select(e => e.Text.ToLowerInvariant()).Distinct().Count());
        Assert.All(examples, e => Assert.True(SafeguardingHarms.IsKnown(e.Harm), $"unknown harm {e.Harm}"));
        foreach (var (id, _) in SafeguardingHarms.All.Where(h => h.Id is not ("other" or "bullying")))
        {
            Assert.True(examples.Count(e => e.Disclosure && e.Harm == id) >= 3, $"fewer than 3 disclosures for {id}");
            Assert.Contains(examples, e => !e.Disclosure && e.Harm == id);
        }
    }

    [Fact]
    public void ASemanticFlag_ExplainsItself_WithTheNearestLabelledExamples()
    {
        // Indirect: no phrase in the lexicon, close in meaning to labelled disclosures.
        var result = Screen.Screen("my hoodie stays on in PE so nobody asks about my arms");
        var lexical = Screen.ScreenLexicon("my hoodie stays on in PE so nobody asks about my arms");
        Assert.False(lexical.Flag);
        Assert.True(result.Flag);
        Assert.Equal("semantic", result.Signal);
        Assert.Contains("close in meaning to labelled disclosures", result.Why);
        Assert.Matches(@"\(0\.\d\d\)", result.Why);
        Assert.NotNull(result.Score);
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.Equal("semantic", json.GetProperty("signal").GetString());
        Assert.Equal(result.Score!.Value, json.GetProperty("score").GetDouble());
        Assert.Equal(result.Why, json.GetProperty("why").GetString());
        Assert.Equal(3, json.GetProperty("nearest").GetArrayLength());
    }

    [Fact]
    public void ALexiconFlag_NamesThePhraseAndRule_AndTheSignal()
    {
        var result = Screen.Screen("my dad hits me");
        Assert.True(result.Flag);
        Assert.Contains(result.Signal, new[] { "lexicon", "both" });
        Assert.Contains("the words \"", result.Why);
        Assert.Contains("rule ", result.Why);
    }

    [Fact]
    public void EachSentence_IsScreened_SoADisclosureInsideALongAnswerIsFound()
    {
        var text = "School is ok and I like art. My carers took me to the seaside. I make myself sick after every meal so I can feel in control. I want more pocket money.";
        var result = Screen.Screen(text);
        Assert.True(result.Flag);
        Assert.Equal(4, SemanticScreen.Sentences(text).Count);
    }

    [Fact]
    public void TheThreshold_IsChosenOnTheValidationSplit_ForRecall()
    {
        var model = Screen.Semantic!.Current;
        Assert.True(model.ValidationRecall >= SemanticScreen.TargetRecall, $"validation recall {model.ValidationRecall}");
        Assert.InRange(model.Threshold, 0.01, 0.5);
        output.WriteLine($"threshold {model.Threshold}, validation recall {model.ValidationRecall:F3}, ordinary flagged {model.ValidationFlagRate:F3}");
    }

    [Fact]
    public void ANegatedOrLoweredLexiconMatch_StillFlags_WhateverTheMeaningSays()
    {
        // "never" lowers "hits me" to a less urgent tier; a tier 1 phrase still flags alone, even
        // when the meaning says no (a person decides). An ambiguous phrase ("shout at me") needs
        // the meaning to agree, negated or not: AmbiguousPhraseTests.
        var lexical = Screen.ScreenLexicon("he never hits me when mum is home");
        Assert.True(lexical.Flag);
        Assert.True(lexical.Tier > 1);
        Assert.True(lexical.Top!.Negated);

        var meaningSaysNo = new SemanticResult(false, 0.0, 0.3, 0, 0, "he never hits me when mum is home", [], Confirm: 0.2);
        var result = lexical.WithSemantic(meaningSaysNo);
        Assert.True(result.Flag);
        Assert.Equal(lexical.Tier, result.Tier);
        Assert.Equal("lexicon", result.Signal);
    }

    [Fact]
    public void TheConfirmingThreshold_ForAmbiguousPhrases_IsBelowTheFlaggingThreshold()
    {
        var model = Screen.Semantic!.Current;
        Assert.InRange(model.ConfirmThreshold, 0.01, model.Threshold * SemanticScreen.ConfirmShare);
        var result = Screen.Screen("I had a lovely day at the seaside with my foster carers");
        Assert.Equal(model.ConfirmThreshold, result.Semantic!.Confirm);
    }
}
