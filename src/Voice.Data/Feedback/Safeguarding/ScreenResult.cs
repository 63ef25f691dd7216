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
/// The outcome of screening one piece of free text. From the lexicon alone, <see cref="Flag"/> is
/// true when any rule fired; with the semantic signal, see <see cref="WithSemantic"/>.
/// <see cref="Tier"/> is the most urgent tier among the matches (1 urgent, 2 concern,
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
    /// A match whose rule is of this tier or more urgent flags alone; a less urgent rule's phrase
    /// ("older boyfriend", "cutting", "no food") is ambiguous on its own and flags only when the
    /// meaning signal agrees at its lower, confirming threshold (<see cref="SemanticResult.Confirm"/>).
    /// The rule's own tier decides, never the tier a negation or context lowered it to, so a
    /// negation or a context never changes whether a match flags.
    /// </summary>
    public const int AloneTier = 1;

    /// <summary>How strong the lexicon's evidence is: none, only ambiguous phrases, or a phrase that flags alone.</summary>
    public LexiconEvidence Evidence => Matches.Count == 0 ? LexiconEvidence.None
        : Matches.Any(m => m.RuleTier <= AloneTier) ? LexiconEvidence.Strong : LexiconEvidence.Weak;

    /// <summary>
    /// Whether the lexicon's matches count: always for a strong phrase, and without the semantic
    /// signal; an ambiguous phrase only when the meaning score reaches the confirming threshold,
    /// or when the meaning check could not run (failing safe).
    /// </summary>
    public bool LexiconFires => Evidence switch
    {
        LexiconEvidence.None => false,
        LexiconEvidence.Strong => true,
        _ => Semantic is null || Semantic.Failed || Semantic.Score >= Semantic.Confirm,
    };

    /// <summary>
    /// Adds the semantic signal. The text is flagged when the meaning fires, or the lexicon does
    /// (<see cref="LexiconFires"/>: an ambiguous phrase needs the meaning to agree at the lower
    /// threshold). When only the semantic signal fires, the tier is 2 (concern) for a score of
    /// 0.75 or more, otherwise 3. An ambiguous phrase the meaning does not confirm leaves its
    /// matches in the result (so <c>screen-text</c> shows them) but raises no flag.
    /// </summary>
    public ScreenResult WithSemantic(SemanticResult semantic)
    {
        var combined = this with { Semantic = semantic };
        var lexicon = combined.LexiconFires;
        var flag = lexicon || semantic.Flag;
        var tier = lexicon ? Tier : semantic.Flag ? (semantic.Score >= 0.75 ? 2 : 3) : null;
        return combined with { Flag = flag, Tier = tier };
    }

    /// <summary>
    /// Which signal fired: "lexicon", "semantic", "both" (also an ambiguous phrase the meaning
    /// confirmed), or "" when neither did.
    /// </summary>
    public string Signal => (LexiconFires, Semantic?.Flag == true || (LexiconFires && Evidence == LexiconEvidence.Weak && Semantic is not null)) switch
    {
        (true, true) => "both",
        (true, false) => "lexicon",
        (false, true) => "semantic",
        _ => "",
    };

    /// <summary>The semantic score of the most worrying sentence (0–1), or null without the semantic signal.</summary>
    public double? Score => Semantic is null ? null : Math.Round(Semantic.Score, 3);

    /// <summary>The category: the top rule's, or the harm of the nearest labelled disclosure.</summary>
    public string Category => (LexiconFires ? Top?.Category : null) ?? (Semantic is { Flag: true } s ? s.Harm : "");

    /// <summary>Why it was flagged, in words: the phrase and rule, and/or the nearest labelled examples and their similarity.</summary>
    public string Why
    {
        get
        {
            var parts = new List<string>();
            if (Top is { } top)
            {
                var phrase = $"the words \"{top.Text}\" (rule {top.RuleId}{(top.Negated ? ", negated" : "")}{(top.Lowered ? ", lowered by context" : "")})";
                if (Evidence == LexiconEvidence.Strong || Semantic is null || Semantic.Failed) parts.Add(phrase);
                else if (LexiconFires) parts.Add(Semantic.Flag ? phrase : $"{phrase}, and the meaning agrees: {Semantic.Agreement}");
                else if (!Flag) parts.Add($"not flagged: {phrase} need the meaning to agree, and it does not (score {Semantic.Score:0.00}, agrees at {Semantic.Confirm:0.00})");
            }
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

/// <summary>The lexicon's evidence in one text (<see cref="ScreenResult.Evidence"/>).</summary>
public enum LexiconEvidence { None, Weak, Strong }

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
