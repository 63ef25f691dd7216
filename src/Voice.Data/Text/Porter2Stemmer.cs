namespace Voice.Data.Text;

/// <summary>
/// The Snowball English ("Porter2") stemmer, https://snowballstem.org/algorithms/english/stemmer.html
/// (BSD). Input is one lower-case word of letters a–z (with apostrophes allowed); anything else is
/// returned unchanged. Stems are for matching, not for showing to people.
/// </summary>
public static class Porter2Stemmer
{
    static readonly Dictionary<string, string> Exceptions1 = new()
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    static readonly HashSet<string> Exceptions2 = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    static readonly string[] Doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsPlainWord(word)) return word;
        if (Exceptions1.TryGetValue(word, out var exception)) return exception;

        var w = new System.Text.StringBuilder(word.TrimStart('\''));
        if (w.Length == 0) return word;
        if (w[0] == 'y') w[0] = 'Y';
        for (var i = 1; i < w.Length; i++)
            if (w[i] == 'y' && IsVowel(w[i - 1])) w[i] = 'Y';

        var (r1, r2) = Regions(w);

        // Step 0: possessives.
        if (EndsWith(w, "'s'")) w.Length -= 3;
        else if (EndsWith(w, "'s")) w.Length -= 2;
        else if (EndsWith(w, "'")) w.Length -= 1;

        // Step 1a
        if (EndsWith(w, "sses")) w.Length -= 2;
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            w.Length -= w.Length > 4 ? 2 : 1;
        }
        else if (EndsWith(w, "us") || EndsWith(w, "ss")) { }
        else if (EndsWith(w, "s") && w.Length >= 2)
        {
            for (var i = 0; i < w.Length - 2; i++)
            {
                if (IsVowel(w[i])) { w.Length -= 1; break; }
            }
        }

        var afterOneA = w.ToString();
        if (Exceptions2.Contains(afterOneA)) return afterOneA;

        // Step 1b
        if (EndsWith(w, "eedly"))
        {
            if (w.Length - 5 >= r1) w.Length -= 3;
        }
        else if (EndsWith(w, "eed"))
        {
            if (w.Length - 3 >= r1) w.Length -= 1;
        }
        else
        {
            var suffix = EndsWith(w, "ingly") ? 5 : EndsWith(w, "edly") ? 4 : EndsWith(w, "ing") ? 3 : EndsWith(w, "ed") ? 2 : 0;
            if (suffix > 0 && ContainsVowel(w, 0, w.Length - suffix))
            {
                w.Length -= suffix;
                if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w.Append('e');
                else if (Doubles.Any(d => EndsWith(w, d))) w.Length -= 1;
                else if (IsShortWord(w, r1)) w.Append('e');
            }
        }

        // Step 1c
        if (w.Length > 2 && (w[^1] == 'y' || w[^1] == 'Y') && !IsVowel(w[^2])) w[^1] = 'i';

        // Step 2
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!EndsWith(w, suffix)) continue;
            var start = w.Length - suffix.Length;
            if (start >= r1)
            {
                if (suffix == "ogi") { if (start > 0 && w[start - 1] == 'l') Replace(w, suffix, replacement); }
                else if (suffix == "li") { if (start > 0 && "cdeghkmnrt".Contains(w[start - 1])) w.Length -= 2; }
                else Replace(w, suffix, replacement);
            }
            break;
        }

        // Step 3
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!EndsWith(w, suffix)) continue;
            var start = w.Length - suffix.Length;
            if (start >= r1)
            {
                if (suffix == "ative") { if (start >= r2) w.Length -= 5; }
                else Replace(w, suffix, replacement);
            }
            break;
        }

        // Step 4
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, suffix)) continue;
            var start = w.Length - suffix.Length;
            if (start >= r2)
            {
                if (suffix == "ion") { if (start > 0 && (w[start - 1] == 's' || w[start - 1] == 't')) w.Length -= 3; }
                else w.Length -= suffix.Length;
            }
            break;
        }

        // Step 5
        if (EndsWith(w, "e"))
        {
            var start = w.Length - 1;
            if (start >= r2 || (start >= r1 && !EndsInShortSyllable(w, start))) w.Length -= 1;
        }
        else if (EndsWith(w, "l"))
        {
            var start = w.Length - 1;
            if (start >= r2 && start > 0 && w[start - 1] == 'l') w.Length -= 1;
        }

        return w.ToString().Replace('Y', 'y');
    }

    static bool IsPlainWord(string word)
    {
        foreach (var c in word)
            if (!(c is >= 'a' and <= 'z' || c == '\'')) return false;
        return true;
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    static bool EndsWith(System.Text.StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length) return false;
        var offset = w.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
            if (w[offset + i] != suffix[i]) return false;
        return true;
    }

    static void Replace(System.Text.StringBuilder w, string suffix, string replacement)
    {
        w.Length -= suffix.Length;
        w.Append(replacement);
    }

    static bool ContainsVowel(System.Text.StringBuilder w, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (IsVowel(w[i])) return true;
        return false;
    }

    static (int R1, int R2) Regions(System.Text.StringBuilder w)
    {
        var s = w.ToString();
        int r1;
        if (s.StartsWith("gener", StringComparison.Ordinal) || s.StartsWith("arsen", StringComparison.Ordinal)) r1 = 5;
        else if (s.StartsWith("commun", StringComparison.Ordinal)) r1 = 6;
        else r1 = RegionAfter(w, 0);
        return (r1, RegionAfter(w, r1));
    }

    /// <summary>The position after the first non-vowel that follows a vowel, from <paramref name="start"/>.</summary>
    static int RegionAfter(System.Text.StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    /// <summary>A short syllable ending at <paramref name="end"/> (exclusive).</summary>
    static bool EndsInShortSyllable(System.Text.StringBuilder w, int end)
    {
        if (end == 2) return IsVowel(w[0]) && !IsVowel(w[1]);
        if (end < 3) return false;
        char a = w[end - 3], b = w[end - 2], c = w[end - 1];
        return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c != 'w' && c != 'x' && c != 'Y';
    }

    static bool IsShortWord(System.Text.StringBuilder w, int r1) => r1 >= w.Length && EndsInShortSyllable(w, w.Length);
}
