using Voice.Data.Text.Classification;
using Voice.Data.Text;

namespace Voice.Data.Analytics.Themes;

/// <summary>A comment as the emerging-phrase finder sees it: its text, date and the themes it was given.</summary>
public sealed record ThemedText(string Text, DateOnly Date, IReadOnlyList<string> Themes);

public enum EmergingReason { FitsNoTheme, Rising }

/// <summary>
/// A phrase worth a person's look: said in several comments that fit no theme, or said much
/// more this quarter than last. <see cref="Examples"/> are comments that use it (redact them
/// before showing them to anyone).
/// </summary>
public sealed record EmergingPhrase(string Phrase, EmergingReason Reason, int Count, int PreviousCount, IReadOnlyList<string> Examples);

/// <summary>
/// Finds emerging phrases: two- and three-word phrases (matched on word stems, so "contact
/// centres" and "contact centre" are one) that do not start or end with a little word like
/// "the" or "and". Pure: the caller passes the comments, the quarter and what was decided.
/// </summary>
public static class EmergingPhrases
{
    static readonly HashSet<string> LittleWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is", "it", "its", "i", "im", "me", "my",
        "we", "us", "our", "you", "your", "he", "she", "they", "them", "their", "his", "her", "was", "were", "be", "been", "am",
        "are", "so", "that", "this", "there", "as", "if", "do", "did", "dont", "not", "no", "just", "really", "very", "have", "has",
        "had", "get", "got", "when", "what", "from", "by", "about", "all", "can", "cant", "would", "will", "up", "out", "then",
    };

    public sealed record Options(int MinCount = 3, double RiseFactor = 2.0, int MaxExamples = 3, int Limit = 30);

    /// <param name="items">The comments, with the themes they were given.</param>
    /// <param name="quarterStart">First day of the current quarter; the previous quarter is the three months before.</param>
    /// <param name="known">Phrases not to suggest: the taxonomy's phrases and those already accepted or dismissed.</param>
    public static IReadOnlyList<EmergingPhrase> Find(IEnumerable<ThemedText> items, DateOnly quarterStart, IEnumerable<string> known, Options? options = null)
    {
        options ??= new Options();
        var previousStart = quarterStart.AddMonths(-3);
        var quarterEnd = quarterStart.AddMonths(3);
        var knownKeys = known.Select(k => Key(WordFeatures.Stems(k))).ToHashSet();
        var stats = new Dictionary<string, Stat>();
        foreach (var item in items)
        {
            var inQuarter = item.Date >= quarterStart && item.Date < quarterEnd;
            var inPrevious = item.Date >= previousStart && item.Date < quarterStart;
            if (!inQuarter && !inPrevious) continue;
            foreach (var (key, surface) in Phrases(item.Text).DistinctBy(p => p.Key))
            {
                if (knownKeys.Contains(key)) continue;
                var s = stats.TryGetValue(key, out var found) ? found : stats[key] = new Stat();
                s.Surfaces[surface] = s.Surfaces.GetValueOrDefault(surface) + 1;
                if (inPrevious) { s.Previous++; continue; }
                s.Current++;
                if (item.Themes.Count == 0) s.Unthemed++;
                if (s.Examples.Count < options.MaxExamples) s.Examples.Add(item.Text);
            }
        }
        var results = new List<EmergingPhrase>();
        foreach (var (key, s) in stats)
        {
            var phrase = s.Surfaces.MaxBy(p => (p.Value, p.Key)).Key;
            if (s.Unthemed >= options.MinCount)
                results.Add(new EmergingPhrase(phrase, EmergingReason.FitsNoTheme, s.Unthemed, s.Previous, s.Examples));
            else if (s.Current >= options.MinCount && s.Current >= options.RiseFactor * Math.Max(1, s.Previous))
                results.Add(new EmergingPhrase(phrase, EmergingReason.Rising, s.Current, s.Previous, s.Examples));
        }
        // Longer phrases that say the same as a shorter one (same comments) are kept; a person
        // chooses. Most-said first, ties by phrase so the order is stable.
        return results.OrderByDescending(r => r.Count - r.PreviousCount).ThenByDescending(r => r.Count).ThenBy(r => r.Phrase, StringComparer.Ordinal)
            .Take(options.Limit).ToList();
    }

    sealed class Stat
    {
        public int Current, Previous, Unthemed;
        public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);
        public List<string> Examples { get; } = [];
    }

    static string Key(IEnumerable<string> stems) => string.Join(' ', stems);

    static IEnumerable<(string Key, string Surface)> Phrases(string text)
    {
        var tokens = Tokeniser.Tokenise(text);
        var words = tokens.Select(t => t.Text.ToLowerInvariant().Replace("'", "").Replace("\u2019", "")).ToList();
        var stems = WordFeatures.Stems(text);
        if (stems.Count != words.Count) yield break;
        for (var n = 2; n <= 3; n++)
            for (var i = 0; i + n <= words.Count; i++)
            {
                if (tokens[i].Sentence != tokens[i + n - 1].Sentence) continue;
                if (LittleWords.Contains(words[i]) || LittleWords.Contains(words[i + n - 1])) continue;
                if (words.Skip(i).Take(n).Any(w => w.Length < 2 || w.All(char.IsDigit))) continue;
                yield return (Key(stems.Skip(i).Take(n)), string.Join(' ', words.Skip(i).Take(n)));
            }
    }
}

/// <summary>
/// Comments a person should read in full: long ones or ones with many themes (as the NHS
/// dashboard's "complex comments" queue: over 50 words or over 5 labels; the starter taxonomy
/// is smaller, so 4 themes here).
/// </summary>
public static class ComplexComments
{
    public const int ManyWords = 50;
    public const int ManyThemes = 4;

    public static int Words(string text) => Tokeniser.Tokenise(text).Count;

    public static bool IsComplex(string text, int themeCount, int manyWords = ManyWords, int manyThemes = ManyThemes) =>
        Words(text) > manyWords || themeCount >= manyThemes;

    /// <summary>The complex ones among <paramref name="items"/>, most complex first (themes, then length).</summary>
    public static IReadOnlyList<T> Queue<T>(IEnumerable<T> items, Func<T, string> text, Func<T, int> themeCount) =>
        items.Select(i => (Item: i, Words: Words(text(i)), Themes: themeCount(i)))
            .Where(x => x.Words > ManyWords || x.Themes >= ManyThemes)
            .OrderByDescending(x => x.Themes).ThenByDescending(x => x.Words)
            .Select(x => x.Item).ToList();
}
