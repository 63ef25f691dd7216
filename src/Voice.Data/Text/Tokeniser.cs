using System.Globalization;

namespace Voice.Data.Text;

/// <summary>A word as written, where it is in the original text, and which sentence it is in.</summary>
public readonly record struct RawToken(string Text, int Start, int Length, int Sentence);

/// <summary>
/// Splits free text into words without losing where each word came from. A word is a run of
/// letters, digits and the characters people use inside words when they type (apostrophes,
/// and the @ $ * of leetspeak and self-censoring); a sentence ends at . ! ? ; or a line break.
/// </summary>
public static class Tokeniser
{
    public static IReadOnlyList<RawToken> Tokenise(string? text)
    {
        var tokens = new List<RawToken>();
        if (string.IsNullOrEmpty(text)) return tokens;

        var sentence = 0;
        var sentenceHasWords = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordStart(text, i))
            {
                var start = i;
                while (i < text.Length && IsWordPart(text, i)) i++;
                var end = i;
                while (end > start && IsApostrophe(text[end - 1])) end--;
                tokens.Add(new RawToken(text[start..end], start, end - start, sentence));
                sentenceHasWords = true;
                continue;
            }
            if (c is '.' or '!' or '?' or ';' or '\n' or '\r' && sentenceHasWords)
            {
                sentence++;
                sentenceHasWords = false;
            }
            i++;
        }
        return tokens;
    }

    static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    static bool IsLetterOrDigit(string text, int i) =>
        char.IsLetterOrDigit(text, i) || CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    static bool IsWordStart(string text, int i) =>
        IsLetterOrDigit(text, i) || (text[i] is '@' or '$' && i + 1 < text.Length && char.IsLetterOrDigit(text, i + 1));

    static bool IsWordPart(string text, int i)
    {
        var c = text[i];
        if (IsLetterOrDigit(text, i)) return true;
        // Inside a word only: don't, k*ll, $h, h@te.
        if (IsApostrophe(c)) return true;
        if (c is '*' or '@' or '$')
            return i + 1 < text.Length && (IsLetterOrDigit(text, i + 1) || text[i + 1] is '*' or '@' or '$');
        return false;
    }
}
