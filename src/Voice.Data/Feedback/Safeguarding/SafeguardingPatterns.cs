using System.Text.RegularExpressions;
using Voice.Data.Text;

namespace Voice.Data.Feedback.Safeguarding;

// The pattern language the lexicon's rules are written in (see content/themes/README.md):
// named word sets, words with their forms, gaps and "near" windows, compiled once at load so
// the screen only matches. The lexicon's content model and loading are in SafeguardingLexicon.cs.

/// <summary>Named word sets (<c>"sets"</c>), resolved on first use so sets may include other sets.</summary>
internal sealed class SetTable
{
    readonly Dictionary<string, ContentNode> nodes = [];
    readonly Dictionary<string, IReadOnlyList<Atom[]>> resolved = [];
    readonly HashSet<string> resolving = [];

    public SetTable(ContentNode setsNode)
    {
        foreach (var (name, value) in setsNode.Properties())
        {
            if (!SetNamePattern.IsMatch(name)) throw value.Error($"set name \"{name}\" must be lower-case letters, digits and hyphens");
            nodes[name] = value;
        }
    }

    static readonly Regex SetNamePattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.Compiled);

    public IReadOnlyList<Atom[]> Resolve(string name, ContentNode usedAt, HashSet<string> vocabulary)
    {
        if (resolved.TryGetValue(name, out var done)) return done;
        if (!nodes.TryGetValue(name, out var node)) throw usedAt.Error($"uses the set \"@{name}\", which is not defined in \"sets\"");
        if (!resolving.Add(name)) throw node.Error($"the set \"{name}\" includes itself");

        var sequences = new List<Atom[]>();
        var items = node.Items().ToList();
        if (items.Count == 0) throw node.Error("must list at least one word or phrase");
        foreach (var item in items)
            sequences.AddRange(PatternSyntax.Sequence(item.String(200), item, this, vocabulary));
        resolving.Remove(name);
        resolved[name] = sequences;
        return sequences;
    }
}

internal enum AtomKind { Word, Exact, Prefix }

/// <summary>One word of a pattern: <c>word</c> (its forms and stem), <c>=word</c> (exactly), <c>word*</c> (starts with).</summary>
internal readonly record struct Atom(AtomKind Kind, string Text, string Stem)
{
    public static Atom Parse(string source, ContentNode at, HashSet<string> vocabulary)
    {
        var kind = AtomKind.Word;
        var text = source;
        if (text.StartsWith('='))
        {
            kind = AtomKind.Exact;
            text = text[1..];
        }
        else if (text.EndsWith('*'))
        {
            kind = AtomKind.Prefix;
            text = text[..^1];
        }
        text = SafeguardingLexicon.NormaliseWord(text);
        if (!SafeguardingLexicon.WordPattern().IsMatch(text))
            throw at.Error($"\"{source}\" is not a word: use letters and digits, with = in front for an exact word or * at the end for a word start");
        if (kind == AtomKind.Prefix && text.Length < 3)
            throw at.Error($"\"{source}\": a word start needs at least 3 letters");
        if (kind != AtomKind.Prefix) vocabulary.Add(text);
        return new Atom(kind, text, kind == AtomKind.Word ? Porter2Stemmer.Stem(text) : text);
    }
}

/// <summary>
/// One element of a pattern: a choice between word sequences, or a gap of up to N words. The
/// choices are indexed by their first word so that a word of text is only tried against the
/// choices that can start with it.
/// </summary>
internal sealed class PatternElement
{
    readonly Dictionary<string, List<int>> byText = [];
    readonly Dictionary<string, List<int>> byStem = [];
    readonly List<int> byPrefix = [];

    public PatternElement(IReadOnlyList<Atom[]> choices, int gap)
    {
        Choices = choices;
        Gap = gap;
        for (var i = 0; i < choices.Count; i++)
        {
            var first = choices[i][0];
            switch (first.Kind)
            {
                case AtomKind.Prefix: byPrefix.Add(i); break;
                case AtomKind.Exact: Add(byText, first.Text, i); break;
                default:
                    Add(byText, first.Text, i);
                    Add(byStem, first.Stem, i);
                    break;
            }
        }
    }

    public IReadOnlyList<Atom[]> Choices { get; }

    /// <summary>Every string a word of text must have among its forms or stems to start one of these choices.</summary>
    internal IEnumerable<string> Keys => byText.Keys.Concat(byStem.Keys);
    public int Gap { get; }
    public bool IsGap => Gap > 0;

    /// <summary>The choices whose first word could match <paramref name="token"/>, in their written order.</summary>
    internal IReadOnlyList<Atom[]> CandidatesFor(ScreenToken token)
    {
        List<int>? indices = byPrefix.Count > 0 ? [.. byPrefix] : null;
        foreach (var key in token.Keys)
        {
            if (byText.TryGetValue(key, out var list) && token.Forms.Contains(key)) (indices ??= []).AddRange(list);
            if (byStem.TryGetValue(key, out list) && token.Stems.Contains(key)) (indices ??= []).AddRange(list);
        }
        if (indices is null) return [];
        if (indices.Count > 1)
        {
            indices.Sort();
            var write = 1;
            for (var read = 1; read < indices.Count; read++)
                if (indices[read] != indices[write - 1]) indices[write++] = indices[read];
            indices.RemoveRange(write, indices.Count - write);
        }
        var result = new Atom[indices.Count][];
        for (var i = 0; i < indices.Count; i++) result[i] = Choices[indices[i]];
        return result;
    }

    static void Add(Dictionary<string, List<int>> index, string key, int i)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != i) list.Add(i);
    }
}

/// <summary>
/// The pattern language. A phrase is elements separated by spaces; an element is a word, a
/// choice <c>a|b|@set</c> of single words, a group <c>(all the time|every night|@set)</c> whose
/// choices may be several words, or a gap <c>~N</c> (up to N words of any kind). <c>^</c> first
/// means the phrase must start a sentence. A word is <c>word</c> (matched with its stem),
/// <c>=word</c> (exactly) or <c>word*</c> (any word starting so).
/// </summary>
internal static class PatternSyntax
{
    const int MaxChoices = 20000;

    public static List<string> SplitElements(string source, ContentNode node)
    {
        var parts = new List<string>();
        var depth = 0;
        var current = new System.Text.StringBuilder();
        foreach (var c in source)
        {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth < 0 || depth > 1) throw node.Error($"\"{source}\" has unbalanced or nested brackets");
            if (c == ' ' && depth == 0)
            {
                if (current.Length > 0) parts.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (depth != 0) throw node.Error($"\"{source}\" has an unclosed bracket");
        if (current.Length > 0) parts.Add(current.ToString());
        return parts;
    }

    /// <summary>The choices of one element (not a gap).</summary>
    public static List<Atom[]> Choices(string part, ContentNode node, SetTable sets, HashSet<string> vocabulary)
    {
        var grouped = part.StartsWith('(');
        if (grouped && !part.EndsWith(')')) throw node.Error($"\"{part}\": text after a closing bracket must be separated by a space");
        var inner = grouped ? part[1..^1] : part;
        var choices = new List<Atom[]>();
        foreach (var alt in inner.Split('|'))
        {
            var text = alt.Trim();
            if (text.Length == 0) throw node.Error($"\"{part}\" has an empty choice");
            if (!grouped && text.Contains('(')) throw node.Error($"\"{part}\": put a space before a bracket");
            choices.AddRange(Sequence(text, node, sets, vocabulary));
        }
        if (choices.Count > MaxChoices) throw node.Error($"\"{part}\" expands to more than {MaxChoices} phrases");
        return choices;
    }

    /// <summary>Words and @sets in a row, expanded into every phrase they stand for.</summary>
    public static List<Atom[]> Sequence(string text, ContentNode node, SetTable sets, HashSet<string> vocabulary)
    {
        var result = new List<Atom[]> { Array.Empty<Atom>() };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            IReadOnlyList<Atom[]> options = word.StartsWith('@')
                ? sets.Resolve(word[1..], node, vocabulary)
                : [[Atom.Parse(word, node, vocabulary)]];
            result = [.. result.SelectMany(prefix => options.Select(o => (Atom[])[.. prefix, .. o]))];
            if (result.Count > MaxChoices) throw node.Error($"\"{text}\" expands to more than {MaxChoices} phrases");
        }
        if (result.Count == 1 && result[0].Length == 0) throw node.Error("must not be empty");
        return result;
    }
}

/// <summary>
/// A compiled pattern: an ordered phrase (see <see cref="PatternSyntax"/>), or an object
/// <c>{"near": [...], "within": N}</c> that needs every part, in any order, inside N consecutive
/// words. Neither crosses a sentence end.
/// </summary>
internal sealed class CompiledPattern
{
    public required string Source { get; init; }
    public required IReadOnlyList<PatternElement> Elements { get; init; }
    public int Within { get; init; }
    public bool AtSentenceStart { get; init; }
    public bool IsNear => Within > 0;

    public static CompiledPattern Compile(ContentNode node, SetTable sets, HashSet<string> vocabulary)
    {
        if (node.Kind == System.Text.Json.JsonValueKind.String)
        {
            var source = node.String(1000);
            var parts = PatternSyntax.SplitElements(source, node);
            var anchored = parts.Count > 0 && parts[0] == "^";
            if (anchored) parts.RemoveAt(0);
            var elements = new List<PatternElement>();
            foreach (var part in parts)
            {
                if (part == "^") throw node.Error($"\"{source}\": ^ may only come first");
                if (part.StartsWith('~'))
                {
                    if (!int.TryParse(part[1..], out var gap) || gap < 1 || gap > 10)
                        throw node.Error($"\"{part}\" in \"{source}\": a gap is ~1 to ~10");
                    if (elements.Count == 0) throw node.Error($"\"{source}\" must not start with a gap");
                    if (elements[^1].IsGap) throw node.Error($"\"{source}\" has two gaps in a row");
                    elements.Add(new PatternElement([], gap));
                    continue;
                }
                elements.Add(new PatternElement(PatternSyntax.Choices(part, node, sets, vocabulary), 0));
            }
            if (elements.Count == 0) throw node.Error("must not be empty");
            if (elements[^1].IsGap) throw node.Error($"\"{source}\" must not end with a gap");
            return new CompiledPattern { Source = source, Elements = elements, AtSentenceStart = anchored };
        }

        node.ExpectObject("near", "within");
        var nearNode = node.Required("near");
        var nearParts = nearNode.Items().Select(n => (Text: n.String(500), Node: n)).ToList();
        if (nearParts.Count < 2 || nearParts.Count > 4) throw nearNode.Error("must list 2 to 4 parts");
        var within = node.Required("within").Int(2, 20);
        if (within < nearParts.Count) throw node.Error("within", $"must be at least the number of parts ({nearParts.Count})");
        var nearElements = new List<PatternElement>();
        foreach (var (text, partNode) in nearParts)
        {
            var split = PatternSyntax.SplitElements(text, partNode);
            if (split.Count != 1 || split[0].StartsWith('~') || split[0] == "^")
                throw partNode.Error($"\"{text}\": each part of near is one word, a|b choice, @set or (bracketed group)");
            nearElements.Add(new PatternElement(PatternSyntax.Choices(split[0], partNode, sets, vocabulary), 0));
        }
        return new CompiledPattern
        {
            Source = $"near({string.Join(", ", nearParts.Select(p => p.Text))}) within {within}",
            Elements = nearElements,
            Within = within,
        };
    }
}
