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
public sealed record ScreenResult(bool Flag, int? Tier, IReadOnlyList<ScreenMatch> Matches, string LexiconVersion, SemanticResult? Semantic = null)
{
    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ScreenResult None(string lexiconVersion) => new(false, null, [], lexiconVersion);

    /// <summary>The most urgent match, or null when nothing fired.</summary>
    public ScreenMatch? Top => Matches.Count > 0 ? Matches[0] : null;

    /// <summary>
    /// Adds the semantic signal. The text is flagged when either signal fires. When only the
    /// semantic one does, the tier is 2 (concern) for a score of 0.75 or more, otherwise 3.
    /// </summary>
    public ScreenResult WithSemantic(SemanticResult semantic)
    {
        var flag = Flag || semantic.Flag;
        var tier = Tier ?? (semantic.Flag ? (semantic.Score >= 0.75 ? 2 : 3) : null);
        return this with { Flag = flag, Tier = tier, Semantic = semantic };
    }

    /// <summary>Which signal fired: "lexicon", "semantic", "both", or "" when neither did.</summary>
    public string Signal => (Matches.Count > 0, Semantic?.Flag == true) switch
    {
        (true, true) => "both",
        (true, false) => "lexicon",
        (false, true) => "semantic",
        _ => "",
    };

    /// <summary>The semantic score of the most worrying sentence (0–1), or null without the semantic signal.</summary>
    public double? Score => Semantic is null ? null : Math.Round(Semantic.Score, 3);

    /// <summary>The category: the top rule's, or the harm of the nearest labelled disclosure.</summary>
    public string Category => Top?.Category ?? (Semantic is { Flag: true } s ? s.Harm : "");

    /// <summary>Why it was flagged, in words: the phrase and rule, and/or the nearest labelled examples and their similarity.</summary>
    public string Why
    {
        get
        {
            var parts = new List<string>();
            if (Top is { } top) parts.Add($"the words \"{top.Text}\" (rule {top.RuleId}{(top.Negated ? ", negated" : "")}{(top.Lowered ? ", lowered by context" : "")})");
            if (Semantic is { Flag: true } s) parts.Add(s.Why);
            return string.Join("; and ", parts);
        }
    }

    /// <summary>The console shape: flag, tier, the top rule and category, the version, and every match.</summary>
    public ScreenResultJson ToJsonShape() => new(
        Flag,
        Tier,
        Top?.RuleId,
        Flag ? Category : null,
        LexiconVersion,
        [.. Matches.Select(m => new ScreenMatchJson(m.RuleId, m.Category, m.Tier, m.Negated, m.Lowered, m.Start, m.Length, m.Text))],
        Signal,
        Score,
        Why,
        Semantic is null ? [] : [.. Semantic.Nearest.Take(3).Select(n => new NeighbourJson(n.Text, n.Disclosure ? LabelledText.FlagLabel : LabelledText.OkLabel, n.Harm, n.Similarity))]);

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
    IReadOnlyList<ScreenMatchJson> Matches,
    string Signal,
    double? Score,
    string Why,
    IReadOnlyList<NeighbourJson> Nearest);

public sealed record NeighbourJson(string Text, string Label, string Harm, double Similarity);

public sealed record ScreenMatchJson(string Rule, string Category, int Tier, bool Negated, bool Lowered, int Start, int Length, string Text);
