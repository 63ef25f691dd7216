using System.Text;
using System.Text.RegularExpressions;

namespace Voice.Data.Analytics.Privacy;

/// <summary>
/// Takes out of a quote what could identify someone before anyone in QA reads it: emails and
/// links, phone numbers (07…, +44, 01/02/03), NHS and National Insurance numbers, postcodes,
/// dates in their many forms, house-number-and-street addresses, school names ("St Mary's
/// Primary", "Oakwood Academy"), and names: known names given by the caller, people with a title
/// ("Miss Smith"), names after a cue ("called Dave", "my social worker Priya"), common first
/// names even in lower case, and any other capitalised word in the middle of a sentence that is
/// not an everyday one. Family words ("Mum", "Nan") stay: they identify nobody and carry meaning.
/// It errs towards hiding too much; a person still approves any quote that is published.
/// </summary>
public static class QuoteRedactor
{
    public const string Name = "[name]", Phone = "[phone number]", Email = "[email]", Link = "[link]",
        Number = "[number]", Postcode = "[postcode]", Date = "[date]", Address = "[address]", School = "[school]";

    const RegexOptions I = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    const RegexOptions C = RegexOptions.CultureInvariant;
    const string Month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    const string Day = @"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    const string StreetWord = "(?:road|rd|street|st|avenue|ave|close|lane|ln|drive|dr|way|court|ct|crescent|cres|place|pl|gardens|grove|terrace|walk|view|hill|park|square|mews|row|rise|green|estate)";
    const string SchoolWord = "(?:primary|secondary|high|academy|college|school|infants|juniors|nursery|grammar|comprehensive|sixth form)";

    static readonly Regex SchoolName = new(
        $@"\b(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?\s+){{1,3}}(?:(?:C\s*of\s*E|RC|Catholic|Church\s+of\s+England)\s+)?(?i:{SchoolWord})(?:\s+(?i:school|academy))?\b", C);

    // Checked in this order; where two overlap, the earlier wins.
    static readonly (Regex Pattern, string Label)[] Patterns =
    [
        (new(@"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", I), Email),
        (new(@"\b(?:https?://|www\.)\S+", I), Link),
        (new(@"(?<![\w+])(?:\+44\s?\(0\)\s?|\+44\s?|0044\s?|0)(?:\d[\s-]?){8,9}\d(?!\d)", C), Phone),
        (new(@"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b", C), Number),
        (new(@"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", I), Number),
        (new(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b", I), Postcode),
        (new(@"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b", C), Date),
        (new($@"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?{Day}(?:\s+of)?\s+{Month}\b\.?(?:,?\s+\d{{2,4}}\b)?", I), Date),
        (new($@"\b{Month}\s+(?:the\s+)?{Day}\b(?:,?\s+\d{{4}}\b)?", I), Date),
        (new($@"\b{Month}\s+\d{{4}}\b", I), Date),
        (new(@"\b(?:on|from|until|till|since|by)\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b", I), Date),
        (new($@"\b(?:flat|apartment|unit)\s+\d+[a-z]?\b,?(?:\s*\d{{1,4}}[a-z]?,?\s+(?:[a-z][\w']*\s+){{1,3}}{StreetWord}\b)?", I), Address),
        (new($@"\b\d{{1,4}}[a-z]?,?\s+(?:[a-z][\w']*\s+){{1,3}}{StreetWord}\b", I), Address),
        (SchoolName, School),
        (new(@"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr|Sir|Dame|Auntie|Aunty|Uncle|Nanna|Nana|Nan|Grandma|Grandad)\.?\s+[A-Z][\w'-]*", C), Name),
    ];

    // After these the next word is a name however it is written ("my sw is called dele").
    static readonly Regex Cue = new(@"\b(?:called|named|name\s+is|name's|known\s+as)\s+(?<n>[\w'’-]+)", I);
    static readonly Regex Word = new(@"\b[\p{L}][\p{L}'’-]*", C);

    /// <summary>The quote with identifying details replaced by bracketed labels such as "[name]".</summary>
    public static string Redact(string? text, IEnumerable<string>? knownNames = null)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var taken = new List<(int Start, int End, string Label)>();

        foreach (var (pattern, label) in Patterns)
            foreach (Match m in pattern.Matches(text))
                if (pattern != SchoolName || !StartsWithCommonWord(m.Value)) Take(taken, m.Index, m.Length, label);

        foreach (Match m in Cue.Matches(text))
        {
            var n = m.Groups["n"];
            if (!RedactorWords.Ordinary.Contains(n.Value) && !RedactorWords.Family.Contains(n.Value))
                Take(taken, n.Index, n.Length, Name);
        }

        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in knownNames ?? [])
            foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                foreach (var piece in part.Split('-').Append(part))
                    if (piece.Length > 1) known.Add(piece);

        foreach (Match w in Word.Matches(text))
        {
            var word = TrimPossessive(w.Value);
            if (known.Contains(word) || IsName(text, w.Index, word)) Take(taken, w.Index, word.Length, Name);
        }

        return Build(text, taken);
    }

    /// <summary>True when the quote needed anything taken out.</summary>
    public static bool NeedsRedaction(string? text) => !string.Equals(Redact(text), text ?? "", StringComparison.Ordinal);

    static bool IsName(string text, int start, string word)
    {
        var lower = word.ToLowerInvariant();
        if (RedactorWords.Family.Contains(lower) || RedactorWords.Ordinary.Contains(lower)) return false;
        var capitalised = char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
        if (RedactorWords.FirstNames.Contains(lower))
            return capitalised || !RedactorWords.AlsoWords.Contains(lower);
        // Any other capitalised word in the middle of a sentence is treated as a name or place.
        return capitalised && !AtSentenceStart(text, start) && !RedactorWords.Capitalised.Contains(lower);
    }

    static bool AtSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '"' or '\'' or '‘' or '“' or '(' or '-' or '*' or '•' || char.IsWhiteSpace(c) && c is not '\n') continue;
            return c is '.' or '!' or '?' or '\n' or ':' or ';';
        }
        return true;
    }

    static bool StartsWithCommonWord(string match)
    {
        var first = match.Split(' ', 2)[0].TrimEnd('.');
        return RedactorWords.Ordinary.Contains(first) || first.Equals("I", StringComparison.Ordinal);
    }

    static string TrimPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2] : word.TrimEnd('\'', '’', '-');

    static void Take(List<(int Start, int End, string Label)> taken, int start, int length, string label)
    {
        if (length <= 0) return;
        var end = start + length;
        if (taken.Any(t => start < t.End && t.Start < end)) return;
        taken.Add((start, end, label));
    }

    static string Build(string text, List<(int Start, int End, string Label)> taken)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        string? previous = null;
        foreach (var (start, end, label) in taken.OrderBy(t => t.Start))
        {
            var between = text[at..start];
            // "Jordan Smith" becomes one [name], not two.
            if (previous == label && label == Name && between.Trim().Length == 0) { at = end; continue; }
            sb.Append(between).Append(label);
            previous = label;
            at = end;
        }
        return sb.Append(text[at..]).ToString();
    }
}
