using System.Text;
using System.Text.Json.Nodes;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Safeguarding;

namespace Voice.Tests.Feedback.Safeguarding;

public class SafeguardingLexiconTests
{
    const string File = "test-lexicon.json";

    static JsonObject Minimal() => JsonNode.Parse("""
        {
          "negation": { "words": ["not", "never"], "window": 3, "stopAt": ["but"] },
          "aliases": { "kms": "kill myself", "u": "you" },
          "fuzzy": { "minLength": 6, "ignore": ["strange"] },
          "categories": { "physical-harm": "Physical harm", "self-harm": "Self-harm" },
          "sets": { "me": ["me", "myself"], "hit": ["hit", "punch", "@kick"], "kick": ["kick", "boot"] },
          "rules": [
            { "id": "physical.hit-me", "category": "physical-harm", "tier": 1, "patterns": ["@hit ~1 @me"] },
            { "id": "self.kill-myself", "category": "self-harm", "tier": 1, "patterns": ["kill myself", { "near": ["end", "(my life|it all)"], "within": 4 }], "unless": ["kill for"], "lowerIf": ["game"] }
          ]
        }
        """)!.AsObject();

    static SafeguardingLexicon Parse(JsonNode node) => SafeguardingLexicon.Parse(File, Encoding.UTF8.GetBytes(node.ToJsonString()));

    static ContentValidationException Fails(Action<JsonObject> change)
    {
        var json = Minimal();
        change(json);
        return Assert.Throws<ContentValidationException>(() => Parse(json));
    }

    [Fact]
    public void ShippedLexicon_Loads_WithEveryCategoryUsed()
    {
        var lexicon = SafeguardingLexicon.Load(Path.Combine(TestPaths.Content, "themes", "safeguarding.json"));
        Assert.Equal("safeguarding.json", lexicon.File);
        Assert.Matches("^[0-9a-f]{12}$", lexicon.Version);
        Assert.All(lexicon.Categories.Keys, c => Assert.Contains(lexicon.Rules, r => r.Category == c));
        Assert.All(Enumerable.Range(1, 3), t => Assert.Contains(lexicon.Rules, r => r.Tier == t));
    }

    [Fact]
    public void Minimal_Loads_AndScreens()
    {
        var screen = new SafeguardingScreen(Parse(Minimal()));
        Assert.Equal("physical.hit-me", screen.Screen("he boots me").Top!.RuleId);
        Assert.Equal("self.kill-myself", screen.Screen("kms").Top!.RuleId);
        Assert.Equal("self.kill-myself", screen.Screen("i want to end it all").Top!.RuleId);
        Assert.Equal("self.kill-myself", screen.Screen("it all must end").Top!.RuleId);
        Assert.False(screen.Screen("it all has to end").Flag);
        Assert.False(screen.Screen("i'd kill for chips, kill for real").Flag);
        Assert.Equal(2, screen.Screen("i will kill myself in this game").Tier);
    }

    [Fact]
    public void Version_IsStable_AndChangesWithContent()
    {
        var a = Parse(Minimal()).Version;
        Assert.Equal(a, Parse(Minimal()).Version);
        var changed = Minimal();
        changed["rules"]![0]!["tier"] = 2;
        Assert.NotEqual(a, Parse(changed).Version);
    }

    [Theory]
    [InlineData("$.rules[0].tier", 4)]
    [InlineData("$.rules[0].tier", 0)]
    public void TierOutOfRange_NamesFileAndField(string path, int tier)
    {
        var e = Fails(j => j["rules"]![0]!["tier"] = tier);
        Assert.Equal(File, e.File);
        Assert.Equal(path, e.JsonPath);
        Assert.StartsWith($"{File}: {path}: ", e.Message);
    }

    [Fact]
    public void UnknownCategory_NamesField()
    {
        var e = Fails(j => j["rules"]![1]!["category"] = "selfharm");
        Assert.Equal("$.rules[1].category", e.JsonPath);
        Assert.Contains("selfharm", e.Message);
    }

    [Fact]
    public void DuplicateRuleId_NamesField()
    {
        var e = Fails(j => j["rules"]![1]!["id"] = "physical.hit-me");
        Assert.Equal("$.rules[1].id", e.JsonPath);
        Assert.Contains("earlier rule", e.Message);
    }

    [Fact]
    public void UnknownSet_NamesPattern()
    {
        var e = Fails(j => j["rules"]![0]!["patterns"]![0] = "@hitt ~1 @me");
        Assert.Equal("$.rules[0].patterns[0]", e.JsonPath);
        Assert.Contains("@hitt", e.Message);
    }

    [Fact]
    public void SetIncludingItself_NamesSet()
    {
        var e = Fails(j => j["sets"]!["kick"] = new JsonArray("kick", "@hit"));
        Assert.Equal("$.sets.hit", e.JsonPath);
        Assert.Contains("includes itself", e.Message);
    }

    [Theory]
    [InlineData("~0 me", "gap")]
    [InlineData("hit ~11 me", "gap")]
    [InlineData("~2 me", "must not start with a gap")]
    [InlineData("hit ~2", "must not end with a gap")]
    [InlineData("hit ~1 ~2 me", "two gaps")]
    [InlineData("hit (me|us", "unclosed")]
    [InlineData("hit ((me))", "nested")]
    [InlineData("hit|| me", "empty choice")]
    [InlineData("hi-t me", "not a word")]
    [InlineData("ki* me", "at least 3 letters")]
    [InlineData("hit ^ me", "^ may only come first")]
    public void BadPattern_NamesPattern(string pattern, string problem)
    {
        var e = Fails(j => j["rules"]![0]!["patterns"]![0] = pattern);
        Assert.Equal("$.rules[0].patterns[0]", e.JsonPath);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void NearWithOnePart_NamesField()
    {
        var e = Fails(j => j["rules"]![1]!["patterns"]![1] = JsonNode.Parse("""{ "near": ["end"], "within": 4 }"""));
        Assert.Equal("$.rules[1].patterns[1].near", e.JsonPath);
    }

    [Fact]
    public void NearWithinTooSmall_NamesField()
    {
        var e = Fails(j => j["rules"]![1]!["patterns"]![1] = JsonNode.Parse("""{ "near": ["a", "b", "c"], "within": 2 }"""));
        Assert.Equal("$.rules[1].patterns[1].within", e.JsonPath);
    }

    [Fact]
    public void UnknownField_NamesIt()
    {
        var e = Fails(j => j["rules"]![0]!["teir"] = 1);
        Assert.Equal("$.rules[0].teir", e.JsonPath);
        Assert.Contains("unknown field", e.Message);
    }

    [Fact]
    public void MissingPatterns_NamesField()
    {
        var e = Fails(j => j["rules"]![0]!.AsObject().Remove("patterns"));
        Assert.Equal("$.rules[0].patterns", e.JsonPath);
        Assert.Contains("required", e.Message);
    }

    [Fact]
    public void EmptyPatterns_NamesField()
    {
        var e = Fails(j => j["rules"]![0]!["patterns"] = new JsonArray());
        Assert.Equal("$.rules[0].patterns", e.JsonPath);
    }

    [Fact]
    public void BadAlias_NamesIt()
    {
        var e = Fails(j => j["aliases"]!["k.m.s"] = "kill myself");
        Assert.Equal("$.aliases['k.m.s']", e.JsonPath);
    }

    [Fact]
    public void NegationWindowOutOfRange_NamesField()
    {
        var e = Fails(j => j["negation"]!["window"] = 20);
        Assert.Equal("$.negation.window", e.JsonPath);
    }

    [Fact]
    public void InvalidJson_NamesFileAndLine()
    {
        var e = Assert.Throws<ContentValidationException>(() =>
            SafeguardingLexicon.Parse(File, Encoding.UTF8.GetBytes("{\n  \"rules\": [\n    { \"id\": \"a\", }\n  ]\n}")));
        Assert.Equal(File, e.File);
        Assert.Contains("line 3", e.Message);
    }
}
