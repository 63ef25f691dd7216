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
/// not an everyday one, after a possessive or "a" ("my Phone"), an -ing word ("Swimming") or in a
/// sentence Written In Title Case. First in a sentence, an unknown word is a name only when a
/// person's words follow ("Dele from the team"). Family words ("Mum", "Nan") stay: they identify
/// nobody and carry meaning. It errs towards hiding too much; a person still approves any quote
/// that is published. Measured on example sentences: see RedactionExamplesTests and the README.
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

        var words = Word.Matches(text).ToList();
        var titleCase = TitleCaseWords(text, words);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var word = TrimPossessive(w.Value);
            var start = AtSentenceStart(text, w.Index);
            var next = i + 1 < words.Count && !AtSentenceStart(text, words[i + 1].Index) ? words[i + 1].Value : null;
            var previous = i > 0 && !start ? words[i - 1].Value : null;
            var context = new WordContext(start, previous, next, word.Length < w.Value.Length && w.Value.Length - word.Length == 2, titleCase.Contains(i));
            if (known.Contains(word) || IsName(word, context)) Take(taken, w.Index, word.Length, Name);
        }

        return Build(text, taken);
    }

    /// <summary>Where a word stands: first in its sentence, the words either side, whether it ends in 's, whether its sentence is in Title Case.</summary>
    readonly record struct WordContext(bool AtStart, string? Previous, string? Next, bool Possessive, bool TitleCase);

    /// <summary>True when the quote needed anything taken out.</summary>
    public static bool NeedsRedaction(string? text) => !string.Equals(Redact(text), text ?? "", StringComparison.Ordinal);

    static bool IsName(string word, WordContext at)
    {
        var lower = word.ToLowerInvariant();
        if (Listed(RedactorWords.Family, lower) || Listed(RedactorWords.Ordinary, lower)) return false;
        var capitalised = IsCapitalised(word);
        var next = at.Next?.ToLowerInvariant();
        if (RedactorWords.FirstNames.Contains(lower))
        {
            if (!RedactorWords.AlsoWords.Contains(lower)) return true;
            // "Hope you are well", "Mark my words": first in a sentence and followed by an everyday
            // word that does not follow a person ("Grace is", "Grace said"), it is the ordinary word.
            if (!capitalised || at.TitleCase) return false;
            return !(at.AtStart && next is not null && RedactorWords.Ordinary.Contains(next) && !RedactorWords.AfterAName.Contains(next));
        }
        // In a sentence Written Like This, a capital letter says nothing: only known and common first names are hidden.
        if (!capitalised || at.TitleCase || Listed(RedactorWords.Capitalised, lower)) return false;
        // First in a sentence, an unknown word is a name only when what follows is what follows a person ("Dele from the team", "Mo said").
        if (at.AtStart) return at.Possessive || next is not null && RedactorWords.StartAfterAName.Contains(next);
        // "my Phone", "a Party": after a possessive or "a", a capitalised word is a thing, not a person.
        if (at.Previous is { } previous && RedactorWords.BeforeAThing.Contains(previous)) return false;
        // "Shopping", "Swimming": capitalised words ending in -ing are activities.
        if (lower.Length >= 6 && lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        // Any other capitalised word in the middle of a sentence is treated as a name or place.
        return true;
    }

    static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    /// <summary>The word, or its singular ("Tuesdays", "Carers"), is in the list.</summary>
    static bool Listed(HashSet<string> list, string lower) =>
        list.Contains(lower)
        || lower.EndsWith('s') && list.Contains(lower[..^1])
        || lower.EndsWith("es", StringComparison.Ordinal) && list.Contains(lower[..^2])
        || lower.EndsWith("ies", StringComparison.Ordinal) && list.Contains(lower[..^3] + "y");

    /// <summary>
    /// The words in sentences of four or more words where nearly every word after the first is
    /// capitalised ("I Really Like Living Here"): there a capital letter does not mark a name.
    /// </summary>
    static HashSet<int> TitleCaseWords(string text, List<Match> words)
    {
        var result = new HashSet<int>();
        var sentence = new List<int>();
        void Close()
        {
            var rest = sentence.Skip(1).ToList();
            if (sentence.Count >= 4 && rest.Count(i => IsCapitalised(words[i].Value)) >= 0.8 * rest.Count) result.UnionWith(sentence);
            sentence.Clear();
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (AtSentenceStart(text, words[i].Index)) Close();
            sentence.Add(i);
        }
        Close();
        return result;
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
