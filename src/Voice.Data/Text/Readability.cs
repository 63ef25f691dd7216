using System.Text.RegularExpressions;

namespace Voice.Data.Text;

/// <summary>
/// How old a reader needs to be to follow a text, by the Flesch-Kincaid grade level plus five
/// (US grade 1 is age 6-7). It counts words per sentence and syllables per word, so it rewards
/// short sentences and short words; it cannot tell whether the words are familiar, so it is a
/// floor to check against, not a proof of plain language.
/// </summary>
public static partial class Readability
{
    /// <summary>The reading age of the text (0 when it has no words).</summary>
    public static double ReadingAge(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0) return 0;
        var sentences = Math.Max(1, SentenceEnds().Matches(text).Count);
        var syllables = words.Sum(Syllables);
        var grade = 0.39 * words.Count / sentences + 11.8 * syllables / words.Count - 15.59;
        return Math.Max(0, grade + 5);
    }

    /// <summary>Syllables in one English word, by its vowel groups (an estimate, as every formula uses).</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Replace("'", "").Replace("’", "");
        // Everyday compounds whose inner silent e the vowel count would miss ("someone", "anything").
        foreach (var (prefix, first) in Prefixes)
            if (w.StartsWith(prefix, StringComparison.Ordinal) && Suffixes.TryGetValue(w[prefix.Length..], out var second))
                return first + second;
        if (w.Length <= 3) return 1;
        if (w.EndsWith("ely")) w = w[..^3] + "ly";
        // A silent final e ("live", "place"), but not "-le" after a consonant ("little").
        else if (w.EndsWith('e') && !(w.EndsWith("le") && w.Length > 2 && !IsVowel(w[^3]))) w = w[..^1];
        else if (w.EndsWith("es") || w.EndsWith("ed")) w = w[..^2].Length >= 2 ? w[..^2] + "x" : w;
        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = IsVowel(c);
            if (vowel && !previousVowel) count++;
            previousVowel = vowel;
        }
        return Math.Max(1, count);
    }

    static readonly (string, int)[] Prefixes = [("some", 1), ("any", 2), ("every", 2), ("no", 1)];
    static readonly Dictionary<string, int> Suffixes = new()
    {
        ["one"] = 1, ["thing"] = 1, ["things"] = 1, ["body"] = 2, ["where"] = 1, ["time"] = 1, ["times"] = 1,
    };

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"[.!?:]+(\s|$)|\n")]
    private static partial Regex SentenceEnds();
}
