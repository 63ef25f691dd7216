using System.Text.RegularExpressions;
using Voice.Data.Text;

namespace Voice.Data.Feedback.Safeguarding;

/// <summary>One rule of the safeguarding lexicon, as a content editor wrote it.</summary>
public sealed record SafeguardingRule(
    string Id,
    string Category,
    int Tier,
    string? Note,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Unless,
    IReadOnlyList<string> LowerIf)
{
    internal IReadOnlyList<CompiledPattern> CompiledPatterns { get; init; } = [];
    internal IReadOnlyList<CompiledPattern> CompiledUnless { get; init; } = [];
    internal IReadOnlyList<CompiledPattern> CompiledLowerIf { get; init; } = [];
}

/// <summary>
/// The safeguarding lexicon (<c>content/themes/safeguarding.json</c>): tiered phrase rules by
/// category, the negation words, and the text-speak and misspelling aliases the screen
/// normalises before matching. Loading validates everything and throws
/// <see cref="ContentValidationException"/> naming the file and field of the first problem.
/// The schema is described in <c>content/themes/README.md</c>.
/// </summary>
public sealed partial class SafeguardingLexicon
{
    public const int MaxTier = 3;

    SafeguardingLexicon(string file, string version)
    {
        File = file;
        Version = version;
    }

    /// <summary>The file name the lexicon came from.</summary>
    public string File { get; }

    /// <summary>First 12 hex digits of the SHA-256 of the file's canonical bytes; stored with each flag.</summary>
    public string Version { get; }

    /// <summary>Category id → label for people.</summary>
    public IReadOnlyDictionary<string, string> Categories { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<SafeguardingRule> Rules { get; private set; } = [];

    public IReadOnlySet<string> NegationWords { get; private set; } = new HashSet<string>();

    /// <summary>Words that end a negation's reach ("no, but he hit me").</summary>
    public IReadOnlySet<string> NegationStops { get; private set; } = new HashSet<string>();

    /// <summary>How many words before a match (and in its gaps) a negation word is looked for.</summary>
    public int NegationWindow { get; private set; }

    /// <summary>Text-speak, slang and misspellings: a word → one word (an extra reading) or several (a replacement).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public int FuzzyMinLength { get; private set; }

    public IReadOnlySet<string> FuzzyIgnore { get; private set; } = new HashSet<string>();

    /// <summary>Every literal word the rules use; misspellings are corrected only towards these.</summary>
    internal IReadOnlySet<string> Vocabulary { get; private set; } = new HashSet<string>();

    /// <summary>Every word or stem that can start a pattern element; other readings of a word are never looked up.</summary>
    internal IReadOnlySet<string> IndexKeys { get; private set; } = new HashSet<string>();

    /// <summary>The vocabulary by first letter, for correcting misspellings.</summary>
    internal IReadOnlyDictionary<char, string[]> VocabularyByInitial { get; private set; } = new Dictionary<char, string[]>();

    public static SafeguardingLexicon Load(string path) =>
        Parse(Path.GetFileName(path), System.IO.File.ReadAllBytes(path));

    public static SafeguardingLexicon Parse(string fileName, byte[] fileBytes)
    {
        var canonical = ContentJson.Canonical(fileBytes);
        using var document = ContentJson.Parse(fileName, canonical);
        var lexicon = new SafeguardingLexicon(fileName, ContentJson.Version(fileBytes));
        lexicon.Read(ContentNode.Root(fileName, document));
        return lexicon;
    }

    void Read(ContentNode root)
    {
        root.ExpectObject("description", "negation", "aliases", "fuzzy", "categories", "sets", "rules");
        root.Optional("description")?.String(4000);

        var negation = root.Required("negation").ExpectObject("words", "window", "stopAt");
        NegationWords = negation.Required("words").Items().Select(ReadWord).ToHashSet();
        if (NegationWords.Count == 0) throw negation.Error("words", "must list at least one word");
        NegationWindow = negation.Required("window").Int(1, 8);
        NegationStops = (negation.Optional("stopAt")?.Items().Select(ReadWord) ?? []).ToHashSet();

        var aliases = new Dictionary<string, IReadOnlyList<string>>();
        if (root.Optional("aliases") is { } aliasNode)
        {
            foreach (var (name, value) in aliasNode.Properties())
            {
                var key = NormaliseWord(name);
                if (!WordPattern().IsMatch(key)) throw value.Error($"the word \"{name}\" must be letters and digits only");
                var words = value.String(200).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NormaliseWord).ToList();
                if (words.Any(w => !WordPattern().IsMatch(w))) throw value.Error($"\"{value.String()}\" must be words of letters and digits");
                if (!aliases.TryAdd(key, words)) throw value.Error($"\"{name}\" is listed twice");
            }
        }
        Aliases = aliases;

        var fuzzy = root.Required("fuzzy").ExpectObject("minLength", "ignore");
        FuzzyMinLength = fuzzy.Required("minLength").Int(4, 30);
        FuzzyIgnore = (fuzzy.Optional("ignore")?.Items().Select(ReadWord) ?? []).ToHashSet();

        var categories = new Dictionary<string, string>();
        foreach (var (name, value) in root.Required("categories").Properties())
        {
            if (!CategoryPattern().IsMatch(name)) throw value.Error($"category id \"{name}\" must be lower-case letters, digits and hyphens");
            categories[name] = value.String(200);
        }
        if (categories.Count == 0) throw root.Error("categories", "must declare at least one category");
        Categories = categories;

        var sets = new SetTable(root.Required("sets"));
        var vocabulary = new HashSet<string>();

        var rules = new List<SafeguardingRule>();
        var ids = new HashSet<string>();
        var keys = new HashSet<string>();
        foreach (var ruleNode in root.Required("rules").Items())
        {
            ruleNode.ExpectObject("id", "category", "tier", "note", "patterns", "unless", "lowerIf");
            var idNode = ruleNode.Required("id");
            var id = idNode.String(100);
            if (!RuleIdPattern().IsMatch(id)) throw idNode.Error($"rule id \"{id}\" must be lower-case letters, digits, hyphens and dots, like \"self-harm.kill-myself\"");
            if (!ids.Add(id)) throw idNode.Error($"rule id \"{id}\" is used by an earlier rule");
            var categoryNode = ruleNode.Required("category");
            var category = categoryNode.String(100);
            if (!categories.ContainsKey(category))
                throw categoryNode.Error($"\"{category}\" is not one of the declared categories ({string.Join(", ", categories.Keys)})");
            var tier = ruleNode.Required("tier").Int(1, MaxTier);
            var note = ruleNode.Optional("note")?.String(2000);

            var patternNodes = ruleNode.Required("patterns").Items().ToList();
            if (patternNodes.Count == 0) throw ruleNode.Error("patterns", "must have at least one pattern");
            var patterns = patternNodes.Select(p => CompiledPattern.Compile(p, sets, vocabulary)).ToList();
            var unless = (ruleNode.Optional("unless")?.Items() ?? []).Select(p => CompiledPattern.Compile(p, sets, vocabulary)).ToList();
            var lowerIf = (ruleNode.Optional("lowerIf")?.Items() ?? []).Select(p => CompiledPattern.Compile(p, sets, vocabulary)).ToList();

            foreach (var element in patterns.Concat(unless).Concat(lowerIf).SelectMany(p => p.Elements)) keys.UnionWith(element.Keys);
            rules.Add(new SafeguardingRule(id, category, tier, note,
                patterns.Select(p => p.Source).ToList(), unless.Select(p => p.Source).ToList(), lowerIf.Select(p => p.Source).ToList())
            {
                CompiledPatterns = patterns,
                CompiledUnless = unless,
                CompiledLowerIf = lowerIf,
            });
        }
        if (rules.Count == 0) throw root.Error("rules", "must have at least one rule");
        Rules = rules;
        IndexKeys = keys;

        foreach (var words in aliases.Values) vocabulary.UnionWith(words);
        Vocabulary = vocabulary;
        VocabularyByInitial = vocabulary.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.OrderBy(w => w, StringComparer.Ordinal).ToArray());
    }

    static string ReadWord(ContentNode node)
    {
        var word = NormaliseWord(node.String(50));
        if (!WordPattern().IsMatch(word)) throw node.Error($"\"{word}\" must be one word of letters and digits");
        return word;
    }

    /// <summary>Lower case, without apostrophes: the form rules and text are compared in.</summary>
    internal static string NormaliseWord(string word) =>
        word.Trim().ToLowerInvariant().Replace("'", "").Replace("\u2019", "");

    [GeneratedRegex("^[a-z0-9]+$")]
    internal static partial Regex WordPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CategoryPattern();

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex RuleIdPattern();
}
