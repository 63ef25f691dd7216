using System.Text.Json;
using Voice.Data.Feedback.Safeguarding;

namespace Voice.Tests.Feedback.Safeguarding;

public class SafeguardingScreenTests
{
    static readonly SafeguardingScreen Screen = SafeguardingScreen.Load(Path.Combine(TestPaths.Content, "themes", "safeguarding.json"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("!!! ... ???")]
    public void NothingToRead_IsNotFlagged(string? text)
    {
        var result = Screen.Screen(text);
        Assert.False(result.Flag);
        Assert.Null(result.Tier);
        Assert.Empty(result.Matches);
        Assert.Equal(Screen.Lexicon.Version, result.LexiconVersion);
    }

    [Fact]
    public void FirstPersonHarm_IsTierOne_WithTheSpanOfTheOriginalText()
    {
        const string text = "Honestly… my step-dad HITS me when Mum’s out";
        var result = Screen.Screen(text);

        Assert.True(result.Flag);
        Assert.Equal(1, result.Tier);
        var top = result.Top!;
        Assert.Equal("physical.harm-to-me", top.RuleId);
        Assert.Equal("physical-harm", top.Category);
        Assert.Equal("HITS me", top.Text);
        Assert.Equal(text.IndexOf("HITS", StringComparison.Ordinal), top.Start);
        Assert.Equal(top.Text, text.Substring(top.Start, top.Length));
    }

    [Theory]
    [InlineData("he hits me", "physical.harm-to-me")]
    [InlineData("my stepdad hurt me", "physical.harm-to-me")]
    [InlineData("mum's boyfriend kicked me", "physical.harm-to-me")]
    [InlineData("i want to die", "self-harm.want-to-die")]
    [InlineData("i'm going to kill myself", "self-harm.kill-myself")]
    [InlineData("he touched me", "sexual.touching")]
    [InlineData("a man asked for pics", "sexual.asked-for-pictures")]
    [InlineData("send nudes", "sexual.explicit")]
    [InlineData("they make me carry", "exploitation.county-lines")]
    [InlineData("nobody feeds me", "neglect.not-fed")]
    [InlineData("i'm scared to go home", "unsafe-home.scared-to-go-home")]
    [InlineData("i'm not safe at home", "unsafe-home.scared-to-go-home")]
    [InlineData("please call me", "contact.urgent")]
    [InlineData("help me now", "contact.urgent")]
    public void BriefExamples_AreTierOne(string text, string rule)
    {
        var result = Screen.Screen(text);
        Assert.Equal(1, result.Tier);
        Assert.Contains(result.Matches, m => m.RuleId == rule);
    }

    [Theory]
    [InlineData("kms", "self-harm.kill-myself")]
    [InlineData("KMS tbh", "self-harm.kill-myself")]
    [InlineData("i want to unalive myself", "self-harm.kill-myself")]
    [InlineData("i wanna die", "self-harm.want-to-die")]
    [InlineData("i want 2 die", "self-harm.want-to-die")]
    [InlineData("i want to k1ll myself", "self-harm.kill-myself")]
    [InlineData("i want to k*ll myself", "self-harm.kill-myself")]
    [InlineData("su1c1de", "self-harm.kill-myself")]
    [InlineData("im thinking about sucide", "self-harm.kill-myself")]
    [InlineData("i feel suicidial", "self-harm.kill-myself")]
    [InlineData("im scaaaared to go home", "unsafe-home.scared-to-go-home")]
    [InlineData("i dont feel safe", "unsafe-home.scared-to-go-home")]
    [InlineData("i don’t feel safe", "unsafe-home.scared-to-go-home")]
    [InlineData("hes hittin me", "physical.harm-to-me")]
    [InlineData("he'll hurt me", "physical.harm-to-me")]
    [InlineData("can u call me", "contact.urgent")]
    [InlineData("I AM GONNA END IT ALL", "self-harm.kill-myself")]
    public void TextSpeakAndMisspellings_AreReadAsMeant(string text, string rule)
    {
        var result = Screen.Screen(text);
        Assert.True(result.Flag, text);
        Assert.Contains(result.Matches, m => m.RuleId == rule);
    }

    [Fact]
    public void NegationBefore_LowersTheTierByOne_ButKeepsTheFlag()
    {
        var result = Screen.Screen("he never hits me");
        Assert.True(result.Flag);
        Assert.Equal(2, result.Tier);
        var top = result.Top!;
        Assert.True(top.Negated);
        Assert.Equal(1, top.RuleTier);
    }

    [Fact]
    public void NegationInsideAGap_LowersTheTier()
    {
        var result = Screen.Screen("i have never been hit");
        Assert.Equal(2, result.Tier);
        Assert.True(result.Top!.Negated);
    }

    [Fact]
    public void NegatedTierThree_StaysTierThree()
    {
        var result = Screen.Screen("i dont think im depressed");
        Assert.True(result.Flag);
        Assert.Equal(3, result.Tier);
        Assert.True(result.Matches.Single(m => m.RuleId == "wellbeing.low").Negated);
    }

    [Fact]
    public void NegationWordsInsideThePhrase_AreNotNegation()
    {
        var result = Screen.Screen("i dont want to be alive anymore");
        Assert.Equal(1, result.Tier);
        Assert.False(result.Top!.Negated);
    }

    [Fact]
    public void NegationDoesNotReachPastBut()
    {
        var result = Screen.Screen("i said no but he touched me");
        Assert.Equal(1, result.Tier);
        Assert.False(result.Matches.Single(m => m.RuleId == "sexual.touching").Negated);
    }

    [Fact]
    public void NegationDoesNotCrossASentence()
    {
        Assert.Equal(1, Screen.Screen("No. He hits me.").Tier);
    }

    [Fact]
    public void LowerIfContext_LowersButKeepsTheFlag()
    {
        var result = Screen.Screen("i got hit loads playing dodgeball");
        Assert.True(result.Flag);
        Assert.Equal(2, result.Tier);
        Assert.True(result.Top!.Lowered);
    }

    [Theory]
    [InlineData("I'd kill for pizza")]
    [InlineData("hit me up on snap")]
    [InlineData("my brother beat me at fifa")]
    [InlineData("my brother hit the ball over the fence")]
    [InlineData("the football coach kicked the ball to me")]
    [InlineData("i'm dying to see the new film")]
    [InlineData("the film was about dying")]
    [InlineData("I love cutting out pictures")]
    [InlineData("i hit my head on the cupboard")]
    [InlineData("my carer helps me with my homework")]
    [InlineData("my cat scratches me when i pick her up")]
    [InlineData("i feel safe where i live")]
    public void OrdinaryComments_AreNotFlagged(string text)
    {
        var result = Screen.Screen(text);
        Assert.False(result.Flag, $"{text} => {result.ToJson()}");
    }

    [Fact]
    public void WordsAreWholeWords()
    {
        Assert.False(Screen.Screen("my skills are improving").Flag);
        Assert.False(Screen.Screen("we ate grapes").Flag);
    }

    [Fact]
    public void Matches_AreOrderedMostUrgentFirst()
    {
        var result = Screen.Screen("i feel lonely all the time and he hits me");
        Assert.Equal(1, result.Tier);
        Assert.Equal("physical.harm-to-me", result.Matches[0].RuleId);
        Assert.Equal(result.Matches.OrderBy(m => m.Tier).Select(m => m.Tier), result.Matches.Select(m => m.Tier));
        Assert.Contains(result.Matches, m => m.RuleId == "wellbeing.low" && m.Tier == 3);
    }

    [Fact]
    public void ToJson_Flagged_HasTheConsoleShape()
    {
        var json = Screen.Screen("he hits me").ToJson();
        Assert.DoesNotContain('\n', json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("flag").GetBoolean());
        Assert.Equal(1, root.GetProperty("tier").GetInt32());
        Assert.Equal("physical.harm-to-me", root.GetProperty("rule").GetString());
        Assert.Equal("physical-harm", root.GetProperty("category").GetString());
        Assert.Equal(Screen.Lexicon.Version, root.GetProperty("version").GetString());
        var match = root.GetProperty("matches")[0];
        Assert.Equal("hits me", match.GetProperty("text").GetString());
        Assert.Equal(3, match.GetProperty("start").GetInt32());
        Assert.Equal(7, match.GetProperty("length").GetInt32());
        Assert.False(match.GetProperty("negated").GetBoolean());
    }

    [Fact]
    public void ToJson_NotFlagged_HasNulls()
    {
        var json = Screen.Screen("i like my school").ToJson();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("flag").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("tier").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rule").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("category").ValueKind);
        Assert.Equal(0, root.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public void ScreenLines_WritesOneJsonLinePerInputLine()
    {
        var output = new StringWriter { NewLine = "\n" };
        var flagged = Screen.ScreenLines(new StringReader("i like school\nhe hits me\n\nkms"), output);
        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(2, flagged);
        Assert.Equal(4, lines.Length);
        Assert.Equal([false, true, false, true], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("flag").GetBoolean()));
    }

    [Fact]
    public void ToJson_KeepsTheChildsWordsReadable()
    {
        var json = Screen.Screen("mum’s boyfriend's hurting me").ToJson();
        Assert.Contains("\"text\":\"hurting me\"", json);
        Assert.Contains("’", Screen.Screen("don’t feel safe").ToJson());
    }
}
