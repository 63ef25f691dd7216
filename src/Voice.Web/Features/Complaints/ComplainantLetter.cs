using System.Globalization;
using Voice.Data.Languages;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// A message to a complainant, written in the language they complained in: the council's fixed
/// wording comes from the translation catalog by key (dates written in the language), while what
/// staff wrote is sent as written. A translated message says when its translation has not been
/// checked, and the English follows it, as the acknowledgement does.
/// </summary>
public sealed class ComplainantLetter(string subjectKey, params object[] subjectValues)
{
    /// <summary>One piece of a paragraph: fixed wording (a key, or English that may have a key) or staff's words.</summary>
    sealed record Piece(string? Key, object[] Values, string? English, string? AsWritten, bool NewLine);

    readonly List<List<Piece>> paragraphs = [];

    /// <summary>A new paragraph of fixed wording.</summary>
    public ComplainantLetter Say(string key, params object[] values) => Start(new Piece(key, values, null, null, false));

    /// <summary>Fixed wording added to the paragraph before, after a space.</summary>
    public ComplainantLetter Also(string key, params object[] values) => Add(new Piece(key, values, null, null, false));

    /// <summary>Fixed wording added to the paragraph before, on a new line.</summary>
    public ComplainantLetter Line(string key, params object[] values) => Add(new Piece(key, values, null, null, true));

    /// <summary>A paragraph of English written by the app's rules (a decision's wording): translated when some key has exactly this English.</summary>
    public ComplainantLetter SayEnglish(string english) => Start(new Piece(null, [], english, null, false));

    /// <summary>A paragraph as staff wrote it (a link, an address); nothing when empty.</summary>
    public ComplainantLetter AsWritten(string? text) =>
        string.IsNullOrWhiteSpace(text) ? this : Start(new Piece(null, [], null, text, false));

    /// <summary>Staff's words added to the paragraph before: after a space, or on a new line.</summary>
    public ComplainantLetter AlsoAsWritten(string? text, bool newLine = false) =>
        string.IsNullOrWhiteSpace(text) ? this : Add(new Piece(null, [], null, text, newLine));

    /// <summary>The paragraphs of <paramref name="other"/>, after these.</summary>
    public ComplainantLetter Then(ComplainantLetter other)
    {
        paragraphs.AddRange(other.paragraphs);
        return this;
    }

    public string SubjectKey => subjectKey;
    public object[] SubjectValues => subjectValues;

    ComplainantLetter Start(Piece piece) { paragraphs.Add([piece]); return this; }

    ComplainantLetter Add(Piece piece)
    {
        if (paragraphs.Count == 0) return Start(piece);
        paragraphs[^1].Add(piece);
        return this;
    }

    /// <summary>The subject and body in <paramref name="languageCode"/> (English alone when that is English or not supported).</summary>
    public (string Subject, string Body) Compose(TranslationCatalog catalog, string? languageCode)
    {
        var english = Render(catalog, Language.English, out _);
        var englishSubject = Text(catalog, Language.English, subjectKey, subjectValues, out _);
        if (Language.Find(languageCode) is not { } language || language.Code == Language.EnglishCode) return (englishSubject, english);
        var translated = Render(catalog, language, out var anyUnchecked);
        var subject = Text(catalog, language, subjectKey, subjectValues, out _);
        var note = anyUnchecked ? catalog.Get(language.Code, "email.unchecked").Text + "\n" + catalog.English["email.unchecked"] + "\n\n" : "";
        return (subject, translated + "\n\n" + note + "----\n\n" + catalog.English["email.english-below"] + "\n\n" + english);
    }

    string Render(TranslationCatalog catalog, Language language, out bool anyUnchecked)
    {
        var any = false;
        string Piece(Piece p)
        {
            if (p.AsWritten is not null) return p.AsWritten;
            var text = p.Key is not null ? catalog.Get(language.Code, p.Key) : catalog.Translate(language.Code, p.English!);
            any |= text.Unchecked;
            return Format(language, text.Text, p.Values);
        }
        var body = string.Join("\n\n", paragraphs.Select(pieces =>
            string.Concat(pieces.Select((p, i) => (i == 0 ? "" : p.NewLine ? "\n" : " ") + Piece(p)))));
        anyUnchecked = any;
        return body;
    }

    static string Text(TranslationCatalog catalog, Language language, string key, object[] values, out bool unchecked_)
    {
        var text = catalog.Get(language.Code, key);
        unchecked_ = text.Unchecked;
        return Format(language, text.Text, values);
    }

    /// <summary>Fills in the numbered places; dates are written in the language ("środa 2 grudnia 2026").</summary>
    static string Format(Language language, string text, object[] values) =>
        values.Length == 0 ? text
        : string.Format(CultureInfo.InvariantCulture, text, values.Select(v => v is DateOnly d ? language.FormatDate(d, "dddd d MMMM yyyy") : v).ToArray());
}
