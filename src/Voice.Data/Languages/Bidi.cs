using System.Text.RegularExpressions;

namespace Voice.Data.Languages;

/// <summary>
/// Numbers written in groups ("01632 960000", "0800 1111") are read left to right in every
/// language. On a right-to-left page (Urdu, Arabic) the browser's bidirectional algorithm lays
/// each group out as its own run, right to left, so "0800 1111" shows as "1111 0800": a wrong
/// number to dial. Each grouped number is therefore isolated left to right.
/// </summary>
public static partial class Bidi
{
    /// <summary>The text in pieces, each marked whether it is a grouped number to isolate left to right.</summary>
    public static IEnumerable<(string Text, bool LeftToRight)> Split(string text)
    {
        var at = 0;
        foreach (Match m in Grouped().Matches(text))
        {
            if (m.Index > at) yield return (text[at..m.Index], false);
            yield return (m.Value, true);
            at = m.Index + m.Length;
        }
        if (at < text.Length) yield return (text[at..], false);
    }

    /// <summary>
    /// HTML with every grouped number in its text (not inside a tag) wrapped in
    /// <c>&lt;span dir="ltr"&gt;</c>. For HTML this app made itself (rendered Markdown).
    /// </summary>
    public static string IsolateInHtml(string html) =>
        string.Concat(Tags().Split(html).Select(part =>
            part.StartsWith('<') ? part : Grouped().Replace(part, m => $"<span dir=\"ltr\">{m.Value}</span>")));

    [GeneratedRegex(@"\+?\d+(?: \d+)+")]
    private static partial Regex Grouped();

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex Tags();
}
