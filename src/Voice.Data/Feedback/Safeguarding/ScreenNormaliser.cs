using System.Globalization;
using System.Text;
using Voice.Data.Text;

namespace Voice.Data.Feedback.Safeguarding;

/// <summary>A word of the screened text with every reading of it the screen will try.</summary>
internal sealed class ScreenToken(int start, int end, int sentence)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public int Sentence { get; } = sentence;
    public HashSet<string> Forms { get; } = [];
    public HashSet<string> Stems { get; } = [];

    /// <summary>The forms and stems that can start some pattern element (see <see cref="SafeguardingLexicon.IndexKeys"/>).</summary>
    public string[] Keys { get; set; } = [];

    public bool Matches(Atom atom) => atom.Kind switch
    {
        AtomKind.Exact => Forms.Contains(atom.Text),
        AtomKind.Prefix => Forms.Any(f => f.StartsWith(atom.Text, StringComparison.Ordinal)),
        _ => Forms.Contains(atom.Text) || Stems.Contains(atom.Stem),
    };
}

/// <summary>
/// Turns free text into words with several readings each, so that the way young people write
/// still matches the lexicon: lower case and accents folded; apostrophes dropped
/// (don't → dont, mum's → mums and mum); light leetspeak (k1ll → kill); stretched letters
/// (scaaared → scared); dropped g (hittin → hitting); the lexicon's aliases (kms → kill myself,
/// u → you); and one-letter slips towards words the rules use (sucide → suicide).
/// </summary>
internal sealed class ScreenNormaliser(SafeguardingLexicon lexicon)
{
    /// <summary>Contractions read as two words (they'll → they will); 's stays one word with both readings (mum's → mums, mum).</summary>
    static readonly (string Ending, string Word)[] Contractions = [("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'d", "would"), ("'m", "am")];

    public List<ScreenToken> Normalise(string? text)
    {
        var tokens = new List<ScreenToken>();
        var seen = new Dictionary<string, List<(HashSet<string> Forms, HashSet<string> Stems)>>();
        foreach (var raw in Tokeniser.Tokenise(text))
        {
            var end = raw.Start + raw.Length;
            if (!seen.TryGetValue(raw.Text, out var readings))
            {
                readings = Read(raw.Text);
                seen[raw.Text] = readings;
            }
            foreach (var (forms, stems) in readings)
            {
                var token = new ScreenToken(raw.Start, end, raw.Sentence);
                token.Forms.UnionWith(forms);
                token.Stems.UnionWith(stems);
                token.Keys = [.. forms.Concat(stems).Where(lexicon.IndexKeys.Contains).Distinct()];
                tokens.Add(token);
            }
        }
        return tokens;
    }

    /// <summary>The readings of one written word: usually one word, several for contractions and text-speak.</summary>
    List<(HashSet<string> Forms, HashSet<string> Stems)> Read(string written)
    {
        var result = new List<(HashSet<string>, HashSet<string>)>();
        {
            var word = Fold(written);
            IReadOnlyList<string>? expansion = null;
            foreach (var (ending, expanded) in Contractions)
            {
                if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
                {
                    expansion = [word[..^ending.Length].Replace("'", ""), expanded];
                    break;
                }
            }
            var forms = Readings(word);

            foreach (var form in forms.ToList())
            {
                if (!lexicon.Aliases.TryGetValue(form, out var alias)) continue;
                if (alias.Count == 1) forms.Add(alias[0]);
                else expansion ??= alias;
            }

            if (expansion is null && !forms.Overlaps(lexicon.Vocabulary)) AddCorrections(forms);

            if (expansion is null)
            {
                result.Add(WithStems(forms));
                return result;
            }
            forms.Add(expansion[0]);
            result.Add(WithStems(forms));
            foreach (var next in expansion.Skip(1)) result.Add(WithStems([next]));
        }
        return result;
    }

    static (HashSet<string>, HashSet<string>) WithStems(HashSet<string> forms) =>
        (forms, forms.Select(Porter2Stemmer.Stem).ToHashSet());

    /// <summary>Lower case, compatibility-normalised, accents removed, curly apostrophes straightened.</summary>
    static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    static HashSet<string> Readings(string word)
    {
        var forms = new HashSet<string>();
        var plain = word.Replace("'", "");
        forms.Add(plain);
        if (word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal)) forms.Add(word[..^2].Replace("'", ""));

        if (plain.Any(char.IsLetter) && plain.Any(c => c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$'))
            forms.Add(Leet(plain));

        foreach (var form in forms.ToList())
        {
            if (HasRun(form, 3))
            {
                forms.Add(Collapse(form, 2));
                forms.Add(Collapse(form, 1));
            }
        }
        foreach (var form in forms.ToList())
        {
            if (form.Length >= 4 && form.EndsWith("in", StringComparison.Ordinal) && !IsVowel(form[^3]))
                forms.Add(form + "g");
        }
        return forms;
    }

    void AddCorrections(HashSet<string> forms)
    {
        foreach (var form in forms.ToList())
        {
            if (form.Contains('*'))
            {
                AddWildcardMatches(form, forms);
                continue;
            }
            if (form.Length < lexicon.FuzzyMinLength || lexicon.FuzzyIgnore.Contains(form) || !form.All(c => c is >= 'a' and <= 'z')) continue;
            if (!lexicon.VocabularyByInitial.TryGetValue(form[0], out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate.Length >= lexicon.FuzzyMinLength - 1 && EditDistance.WithinOne(form, candidate)) forms.Add(candidate);
            }
        }
    }

    /// <summary>Self-censored words: k*ll, s*icide. Each * stands for one letter.</summary>
    void AddWildcardMatches(string form, HashSet<string> forms)
    {
        if (form.Count(char.IsLetter) < 2) return;
        foreach (var candidate in lexicon.Vocabulary)
        {
            if (candidate.Length != form.Length) continue;
            var ok = true;
            for (var i = 0; i < form.Length && ok; i++) ok = form[i] == '*' || form[i] == candidate[i];
            if (ok) forms.Add(candidate);
        }
    }

    static string Leet(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's',
                _ => c,
            });
        }
        return sb.ToString();
    }

    static bool HasRun(string s, int length)
    {
        var run = 1;
        for (var i = 1; i < s.Length; i++)
        {
            run = s[i] == s[i - 1] ? run + 1 : 1;
            if (run >= length) return true;
        }
        return false;
    }

    /// <summary>Shortens every run of three or more of the same letter to <paramref name="keep"/>.</summary>
    static string Collapse(string s, int keep)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(s[i], j - i >= 3 ? keep : j - i);
            i = j;
        }
        return sb.ToString();
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
