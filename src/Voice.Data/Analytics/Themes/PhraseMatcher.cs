using Voice.Data.Text.Classification;
using Voice.Data.Text;

namespace Voice.Data.Analytics.Themes;

/// <summary>
/// Finds a theme's taxonomy phrases in a comment, matching word stems in order so "foster
/// carers" also finds "foster carer" and "don't listen" finds "dont listen". A match only adds
/// evidence for a theme; it never tags a comment on its own.
/// </summary>
public sealed class PhraseMatcher
{
    readonly (string Phrase, string[] Stems)[][] phrases;

    public PhraseMatcher(IReadOnlyList<IReadOnlyList<string>> phrasesByTheme)
    {
        phrases = phrasesByTheme
            .Select(list => list.Select(p => (p, WordFeatures.Stems(p).ToArray())).Where(p => p.Item2.Length > 0).ToArray())
            .ToArray();
    }

    /// <summary>For each theme, the words of the comment that matched its first matching phrase, or null.</summary>
    public string?[] Match(string text)
    {
        var tokens = Tokeniser.Tokenise(text);
        var stems = WordFeatures.Stems(text);
        var found = new string?[phrases.Length];
        if (stems.Count != tokens.Count) return found;
        for (var t = 0; t < phrases.Length; t++)
        {
            foreach (var (_, phraseStems) in phrases[t])
            {
                var at = IndexOf(stems, phraseStems);
                if (at < 0) continue;
                var last = tokens[at + phraseStems.Length - 1];
                found[t] = text[tokens[at].Start..(last.Start + last.Length)];
                break;
            }
        }
        return found;
    }

    static int IndexOf(List<string> stems, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= stems.Count; i++)
        {
            var j = 0;
            while (j < phrase.Length && stems[i + j] == phrase[j]) j++;
            if (j == phrase.Length) return i;
        }
        return -1;
    }
}
