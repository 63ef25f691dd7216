namespace Voice.Data.CareLeavers;

/// <summary>
/// The Porter2 ("English") stemmer as specified by Snowball
/// (snowballstem.org/algorithms/english/stemmer.html). Input is one lower-case word.
/// </summary>
public static class Porter2Stemmer
{
    static readonly Dictionary<string, string> Exceptions1 = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    static readonly HashSet<string> Exceptions2 = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        if (Exceptions1.TryGetValue(word, out var exception)) return exception;

        var w = new System.Text.StringBuilder(word.StartsWith('\'') ? word[1..] : word);
        if (w.Length == 0) return word;
        // y at the start or after a vowel is a consonant: mark it Y.
        for (var i = 0; i < w.Length; i++)
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1]))) w[i] = 'Y';

        var s = w.ToString();
        var r1 = R1(s);
        var r2 = NextRegion(s, r1);

        s = Step0(s);
        s = Step1A(s);
        if (Exceptions2.Contains(s)) return s;
        s = Step1B(s, r1);
        s = Step1C(s);
        s = Step2(s, r1);
        s = Step3(s, r1, r2);
        s = Step4(s, r2);
        s = Step5(s, r1, r2);
        return s.Replace('Y', 'y');
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    static int R1(string s)
    {
        foreach (var prefix in new[] { "gener", "commun", "arsen" })
            if (s.StartsWith(prefix, StringComparison.Ordinal)) return prefix.Length;
        return NextRegion(s, 0);
    }

    /// <summary>The position after the first non-vowel that follows a vowel, at or after start.</summary>
    static int NextRegion(string s, int start)
    {
        for (var i = start + 1; i < s.Length; i++)
            if (!IsVowel(s[i]) && IsVowel(s[i - 1])) return i + 1;
        return s.Length;
    }

    static bool EndsWithShortSyllable(string s)
    {
        if (s.Length == 2) return IsVowel(s[0]) && !IsVowel(s[1]);
        if (s.Length < 3) return false;
        var c = s[^1];
        return !IsVowel(c) && c is not ('w' or 'x' or 'Y') && IsVowel(s[^2]) && !IsVowel(s[^3]);
    }

    static bool IsShort(string s, int r1) => r1 >= s.Length && EndsWithShortSyllable(s);

    static bool ContainsVowel(string s, int end)
    {
        for (var i = 0; i < end; i++) if (IsVowel(s[i])) return true;
        return false;
    }

    static string Step0(string s)
    {
        foreach (var suffix in new[] { "'s'", "'s", "'" })
            if (s.EndsWith(suffix, StringComparison.Ordinal)) return s[..^suffix.Length];
        return s;
    }

    static string Step1A(string s)
    {
        if (s.EndsWith("sses", StringComparison.Ordinal)) return s[..^2];
        if (s.EndsWith("ied", StringComparison.Ordinal) || s.EndsWith("ies", StringComparison.Ordinal))
            return s.Length > 4 ? s[..^2] : s[..^1];
        if (s.EndsWith("us", StringComparison.Ordinal) || s.EndsWith("ss", StringComparison.Ordinal)) return s;
        if (s.EndsWith('s') && s.Length >= 2 && ContainsVowel(s, s.Length - 2)) return s[..^1];
        return s;
    }

    static string Step1B(string s, int r1)
    {
        foreach (var suffix in new[] { "eedly", "eed" })
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            return s.Length - suffix.Length >= r1 ? s[..^suffix.Length] + "ee" : s;
        }
        foreach (var suffix in new[] { "ingly", "edly", "ing", "ed" })
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = s[..^suffix.Length];
            if (!ContainsVowel(stem, stem.Length)) return s;
            if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
                return stem + "e";
            if (stem.Length >= 2 && stem[^1] == stem[^2] && stem[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
                return stem[..^1];
            return IsShort(stem, r1) ? stem + "e" : stem;
        }
        return s;
    }

    static string Step1C(string s) =>
        s.Length > 2 && s[^1] is 'y' or 'Y' && !IsVowel(s[^2]) ? s[..^1] + "i" : s;

    static string Step2(string s, int r1)
    {
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var start = s.Length - suffix.Length;
            if (start < r1) return s;
            if (suffix == "ogi" && (start == 0 || s[start - 1] != 'l')) return s;
            if (suffix == "li" && (start == 0 || s[start - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't'))) return s;
            return s[..start] + replacement;
        }
        return s;
    }

    static string Step3(string s, int r1, int r2)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var start = s.Length - suffix.Length;
            if (start < r1) return s;
            if (suffix == "ative" && start < r2) return s;
            return s[..start] + replacement;
        }
        return s;
    }

    static string Step4(string s, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var start = s.Length - suffix.Length;
            if (start < r2) return s;
            if (suffix == "ion" && (start == 0 || s[start - 1] is not ('s' or 't'))) return s;
            return s[..start];
        }
        return s;
    }

    static string Step5(string s, int r1, int r2)
    {
        if (s.EndsWith('e'))
        {
            var start = s.Length - 1;
            if (start >= r2 || (start >= r1 && !EndsWithShortSyllable(s[..start]))) return s[..start];
            return s;
        }
        if (s.EndsWith('l') && s.Length - 1 >= r2 && s.Length >= 2 && s[^2] == 'l') return s[..^1];
        return s;
    }
}
