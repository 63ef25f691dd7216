using System.Text.Json;
using System.Text.Json.Serialization;

namespace Voice.Data.Feedback.Safeguarding;

/// <summary>
/// One rule that fired: which rule, its category, the tier it gives this text (the rule's tier,
/// lowered by one for a nearby negation and by one for a lowering context, never below 3), and
/// the span of the original text it matched (<see cref="Start"/> and <see cref="Length"/> in UTF-16
/// code units of the screened string).
/// </summary>
public sealed record ScreenMatch(
    string RuleId,
    string Category,
    int Tier,
    int RuleTier,
    bool Negated,
    bool Lowered,
    int Start,
    int Length,
    string Text);

/// <summary>
/// The outcome of screening one piece of free text. <see cref="Flag"/> is true when any rule
/// fired; <see cref="Tier"/> is the most urgent tier among the matches (1 urgent, 2 concern,
/// 3 worth a look). Matches are ordered most urgent first, then by position.
/// </summary>
public sealed record ScreenResult(bool Flag, int? Tier, IReadOnlyList<ScreenMatch> Matches, string LexiconVersion)
{
    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ScreenResult None(string lexiconVersion) => new(false, null, [], lexiconVersion);

    /// <summary>The most urgent match, or null when nothing fired.</summary>
    public ScreenMatch? Top => Matches.Count > 0 ? Matches[0] : null;

    /// <summary>The console shape: flag, tier, the top rule and category, the version, and every match.</summary>
    public ScreenResultJson ToJsonShape() => new(
        Flag,
        Tier,
        Top?.RuleId,
        Top?.Category,
        LexiconVersion,
        [.. Matches.Select(m => new ScreenMatchJson(m.RuleId, m.Category, m.Tier, m.Negated, m.Lowered, m.Start, m.Length, m.Text))]);

    /// <summary>
    /// One line of JSON, for example
    /// <c>{"flag":true,"tier":1,"rule":"physical.harm-to-me","category":"physical-harm",...}</c>.
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(ToJsonShape(), JsonOptions);
}

public sealed record ScreenResultJson(
    bool Flag,
    int? Tier,
    string? Rule,
    string? Category,
    string Version,
    IReadOnlyList<ScreenMatchJson> Matches);

public sealed record ScreenMatchJson(string Rule, string Category, int Tier, bool Negated, bool Lowered, int Start, int Length, string Text);
