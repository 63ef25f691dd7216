using Voice.Data.Text;

namespace Voice.Data.CareLeavers;

/// <summary>A piece of text to show, highlighted or not. The page encodes it; nothing here is HTML.</summary>
public sealed record TextPart(string Text, bool Highlight);

public sealed record SearchHit(OfferPage Page, double Score, IReadOnlyList<TextPart> Title, IReadOnlyList<TextPart> Snippet);

/// <summary>A word of the query that was not in the offer, and the word searched for instead.</summary>
public sealed record Correction(string Typed, string SearchedFor);

public sealed record SearchResults(
    string Query,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<Correction> Corrections,
    bool WasShortened,
    bool OnlyCommonWords)
{
    public bool IsEmptyQuery => string.IsNullOrWhiteSpace(Query);

    /// <summary>The query with each misspelt word replaced by the word searched for ("Did you mean …?"); null when nothing was corrected.</summary>
    public string? DidYouMean => Corrections.Count == 0 ? null
        : Corrections.Aggregate(Query, (q, c) => System.Text.RegularExpressions.Regex.Replace(q, $@"\b{System.Text.RegularExpressions.Regex.Escape(c.Typed)}\b",
            c.SearchedFor, System.Text.RegularExpressions.RegexOptions.IgnoreCase));
}

/// <summary>
/// An in-memory full-text index of the standard pages: Porter2 stems, BM25F ranking over title,
/// summary and body (title and summary boosted), a bonus for matching every word, tolerance of
/// misspellings by edit distance against the words the offer uses, prefix matching of the last
/// word (for live results while typing), and snippets with the matched words marked.
/// The index is built once, when the content is loaded (one instance per content version); a
/// search stems only the words of the query: titles and snippets are marked from the tokens the
/// index already holds.
/// </summary>
public sealed class LocalOfferSearch
{
    public const int MaxQueryLength = 200;
    public const int MaxTerms = 12;
    const double K1 = 1.2;
    const int SnippetWords = 28;

    static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in",
        "into", "is", "it", "its", "me", "my", "of", "on", "or", "so", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "to", "was", "we", "what", "when", "where", "which", "who", "will", "with", "you", "your",
    ];

    enum Field { Title, Summary, Body }
    static readonly (Field Field, double Weight, double B)[] Fields = [(Field.Title, 4.0, 0.5), (Field.Summary, 2.0, 0.6), (Field.Body, 1.0, 0.75)];

    sealed record Doc(OfferPage Page, Dictionary<string, int>[] TermCounts, int[] Lengths, IReadOnlyList<Token> TitleTokens, IReadOnlyList<Token> BodyTokens, string BodyText);

    readonly List<Doc> docs = [];
    readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    /// <summary>Every word the offer uses, with its stem and how many pages use it.</summary>
    readonly Dictionary<string, (string Stem, int Pages)> vocabulary = new(StringComparer.Ordinal);
    readonly double[] averageLengths = new double[3];
    readonly Func<string, string> stem;

    /// <param name="stem">The stemmer (Porter2; a test passes one that counts its calls).</param>
    public LocalOfferSearch(IEnumerable<OfferPage> pages, Func<string, string>? stem = null)
    {
        this.stem = stem ?? Porter2Stemmer.Stem;
        foreach (var page in pages.Where(p => !p.IsEasyRead))
        {
            var body = page.PlainText + "\n" + string.Join("\n", page.Meta.Offer.Select(o => o.Item));
            var texts = new[] { page.Title, page.Summary, body };
            var counts = new Dictionary<string, int>[3];
            var lengths = new int[3];
            var seenWords = new HashSet<string>(StringComparer.Ordinal);
            IReadOnlyList<Token> titleTokens = [], bodyTokens = [];
            for (var f = 0; f < 3; f++)
            {
                var tokens = Tokenize(texts[f], this.stem);
                if (f == 0) titleTokens = tokens;
                if (f == 2) bodyTokens = tokens;
                counts[f] = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var t in tokens.Where(t => !StopWords.Contains(t.Word)))
                {
                    counts[f][t.Stem] = counts[f].GetValueOrDefault(t.Stem) + 1;
                    lengths[f]++;
                    if (seenWords.Add(t.Word))
                        vocabulary[t.Word] = (t.Stem, vocabulary.GetValueOrDefault(t.Word).Pages + 1);
                }
            }
            foreach (var term in counts.SelectMany(c => c.Keys).Distinct())
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            docs.Add(new Doc(page, counts, lengths, titleTokens, bodyTokens, body));
        }
        for (var f = 0; f < 3; f++) averageLengths[f] = docs.Count == 0 ? 1 : Math.Max(1, docs.Average(d => d.Lengths[f]));
    }

    public int PageCount => docs.Count;

    public SearchResults Search(string? query, int max = 20)
    {
        query = (query ?? "").Trim();
        var shortened = false;
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
            shortened = true;
        }
        if (query.Length == 0) return new SearchResults("", [], [], false, false);

        var words = Tokenize(query, stem).Select(t => t.Word).Distinct().ToList();
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        if (meaningful.Count > MaxTerms)
        {
            meaningful = meaningful.Take(MaxTerms).ToList();
            shortened = true;
        }
        if (meaningful.Count == 0) return new SearchResults(query, [], [], shortened, words.Count > 0);

        var corrections = new List<Correction>();
        var groups = new List<Dictionary<string, double>>();
        var groupOf = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        for (var i = 0; i < meaningful.Count; i++)
        {
            var group = Expand(meaningful[i], isLast: i == meaningful.Count - 1, corrections);
            if (SearchSynonyms.Words.TryGetValue(meaningful[i], out var meaning)) AddMeaning(group, meaning);
            if (group.Count > 0) { groups.Add(group); groupOf[meaningful[i]] = group; }
        }
        var spaced = " " + string.Join(" ", words) + " ";
        foreach (var (phrase, meaning) in SearchSynonyms.Phrases)
            if (spaced.Contains(" " + phrase + " ", StringComparison.Ordinal)
                && phrase.Split(' ').Select(w => groupOf.GetValueOrDefault(w)).FirstOrDefault(g => g is not null) is { } joins)
                AddMeaning(joins, meaning);
        if (groups.Count == 0) return new SearchResults(query, [], corrections, shortened, false);

        var scored = new List<(Doc Doc, double Score, HashSet<string> Matched, int Groups)>();
        foreach (var doc in docs)
        {
            double score = 0;
            var matchedGroups = 0;
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var best = 0.0;
                foreach (var (stem, weight) in group)
                {
                    var s = Bm25(doc, stem) * weight;
                    if (s > 0) matched.Add(stem);
                    best = Math.Max(best, s);
                }
                if (best > 0) matchedGroups++;
                score += best;
            }
            if (score <= 0) continue;
            // Pages that have every word of the query come first.
            var coverage = (double)matchedGroups / groups.Count;
            scored.Add((doc, score * coverage * coverage, matched, matchedGroups));
        }
        // Not any-word matching: when some pages have every word, show only those (or, for three
        // words or more, those missing one), rather than every page that mentions one of them.
        if (scored.Count > 0)
        {
            var most = scored.Max(s => s.Groups);
            var needed = most >= 3 ? most - 1 : most;
            scored.RemoveAll(s => s.Groups < needed);
        }

        var hits = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Doc.Page.Title, StringComparer.Ordinal).Take(max)
            .Select(s => new SearchHit(s.Doc.Page, s.Score, Highlight(s.Doc.Page.Title, s.Doc.TitleTokens, 0, s.Matched), Snippet(s.Doc, s.Matched)))
            .ToList();
        return new SearchResults(query, hits, corrections, shortened, false);
    }

    /// <summary>Adds what a word or phrase means in the offer's own words; a vague word itself counts for less.</summary>
    void AddMeaning(Dictionary<string, double> group, SearchSynonyms.Entry meaning)
    {
        if (meaning.Self < 1)
            foreach (var key in group.Keys.ToList()) group[key] *= meaning.Self;
        foreach (var word in meaning.Means)
        {
            var meant = stem(word);
            if (documentFrequency.ContainsKey(meant)) group[meant] = Math.Max(group.GetValueOrDefault(meant), 1.0);
        }
    }

    /// <summary>The stems a query word stands for: itself, words it starts (if last), or the nearest spelling.</summary>
    Dictionary<string, double> Expand(string word, bool isLast, List<Correction> corrections)
    {
        var wordStem = stem(word);
        var group = new Dictionary<string, double>(StringComparer.Ordinal);
        if (documentFrequency.ContainsKey(wordStem))
        {
            group[wordStem] = 1;
            return group;
        }
        if (isLast && word.Length >= 3)
        {
            foreach (var (w, entry) in vocabulary)
                if (w.StartsWith(word, StringComparison.Ordinal)) group[entry.Stem] = 0.8;
            if (group.Count > 0) return group;
        }
        if (word.Length < 4 || word.All(char.IsDigit)) return group;
        var maxDistance = word.Length <= 5 ? 1 : 2;
        string? bestWord = null;
        var bestDistance = int.MaxValue;
        var bestPages = 0;
        foreach (var (w, entry) in vocabulary)
        {
            if (Math.Abs(w.Length - word.Length) > maxDistance) continue;
            var d = EditDistance(word, w, maxDistance);
            if (d > maxDistance) continue;
            if (d < bestDistance || (d == bestDistance && (entry.Pages > bestPages || (entry.Pages == bestPages && string.CompareOrdinal(w, bestWord) < 0))))
            {
                bestWord = w;
                bestDistance = d;
                bestPages = entry.Pages;
            }
        }
        if (bestWord is not null)
        {
            group[vocabulary[bestWord].Stem] = 0.9;
            corrections.Add(new Correction(word, bestWord));
        }
        return group;
    }

    double Bm25(Doc doc, string stem)
    {
        if (!documentFrequency.TryGetValue(stem, out var df)) return 0;
        double tf = 0;
        foreach (var (field, weight, b) in Fields)
        {
            var f = (int)field;
            if (doc.TermCounts[f].TryGetValue(stem, out var count))
                tf += weight * count / (1 - b + b * doc.Lengths[f] / averageLengths[f]);
        }
        if (tf == 0) return 0;
        var idf = Math.Log(1 + (docs.Count - df + 0.5) / (df + 0.5));
        return idf * tf * (K1 + 1) / (tf + K1);
    }

    /// <summary>The window of the body with the most distinct matched words, matched words marked.</summary>
    static IReadOnlyList<TextPart> Snippet(Doc doc, HashSet<string> matched)
    {
        var tokens = doc.BodyTokens;
        if (tokens.Count == 0) return [];
        var bestStart = -1;
        var bestScore = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!matched.Contains(tokens[i].Stem)) continue;
            var end = Math.Min(tokens.Count, i + SnippetWords);
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var total = 0;
            for (var j = i; j < end; j++)
                if (matched.Contains(tokens[j].Stem)) { distinct.Add(tokens[j].Stem); total++; }
            var score = distinct.Count * 100 + total;
            if (score > bestScore) { bestScore = score; bestStart = i; }
        }
        if (bestStart < 0) return [];
        // Start a few words before the first match, at a line start if one is near.
        var first = Math.Max(0, bestStart - 6);
        for (var k = bestStart; k > first; k--)
            if (doc.BodyText.LastIndexOf('\n', tokens[k].Start) >= tokens[k - 1].Start) { first = k; break; }
        var last = Math.Min(tokens.Count - 1, first + SnippetWords - 1);
        var from = tokens[first].Start;
        var to = tokens[last].Start + tokens[last].Length;
        // Extend to the end of a sentence if it is close.
        var stop = doc.BodyText.IndexOfAny(['.', '\n'], to);
        if (stop >= 0 && stop - to < 40) to = doc.BodyText[stop] == '.' ? stop + 1 : stop;
        var tokensInWindow = tokens.Skip(first).TakeWhile(t => t.Start + t.Length <= to).ToList();
        var parts = Highlight(doc.BodyText[from..to].Replace('\n', ' '), tokensInWindow, from, matched).ToList();
        if (first > 0) parts.Insert(0, new TextPart("… ", false));
        if (to < doc.BodyText.TrimEnd().Length && !doc.BodyText[..to].EndsWith('.')) parts.Add(new TextPart(" …", false));
        return parts;
    }

    /// <summary>The text in parts, its matched words marked; <paramref name="tokens"/> are the index's tokens of it, starting at <paramref name="offset"/>.</summary>
    static IReadOnlyList<TextPart> Highlight(string text, IReadOnlyList<Token> tokens, int offset, HashSet<string> matched)
    {
        var parts = new List<TextPart>();
        var at = 0;
        foreach (var t in tokens.Where(t => matched.Contains(t.Stem)))
        {
            var start = t.Start - offset;
            if (start > at) parts.Add(new TextPart(text[at..start], false));
            parts.Add(new TextPart(text.Substring(start, t.Length), true));
            at = start + t.Length;
        }
        if (at < text.Length) parts.Add(new TextPart(text[at..], false));
        return parts;
    }

    public readonly record struct Token(string Word, string Stem, int Start, int Length);

    /// <summary>
    /// Words of letters and digits, lower-cased; an apostrophe inside a word and a comma
    /// inside a number (3,000) are kept within the word; "’" counts as an apostrophe.
    /// </summary>
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, Porter2Stemmer.Stem);

    static IReadOnlyList<Token> Tokenize(string text, Func<string, string> stem)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                   || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
                   || (text[i] == ',' && i > start && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                i++;
            var raw = text[start..i];
            var word = raw.ToLowerInvariant().Replace('’', '\'').Replace(",", "");
            if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            tokens.Add(new Token(word, stem(word), start, i - start));
        }
        return tokens;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past max.</summary>
    public static int EditDistance(string a, string b, int max = int.MaxValue)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return rowMin;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
