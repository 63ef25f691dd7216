using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Voice.Data.Languages;

namespace Voice.Web.Infrastructure.Languages;

/// <summary>
/// The public pages' words in the reader's language (from request localization), falling back to
/// English. Remembers whether the page used a translation nobody has checked yet, so the layout
/// can say so. Razor: <c>@T["complaints.start.title"]</c> for attributes, <c>@T.Html("…")</c> in
/// text. Text shown in another language than the page's (an English fallback inside a translated
/// page) marks itself through <see cref="Mark"/>: <c>lang="en"</c>, and <c>dir="ltr"</c>.
/// </summary>
public sealed partial class PageText(Translations translations, IHttpContextAccessor? http = null)
{
    readonly TranslationCatalog catalog = translations.Catalog;

    /// <summary>
    /// The content file of the page's area, named after the address's first segment without its
    /// hyphens (/complaints → complaints.json, /care-leavers → careleavers.json, /views → views.json;
    /// the home page → home.json): an English text looked up by its English is looked up there first.
    /// </summary>
    internal string? Area
    {
        get
        {
            if (!areaKnown) (area, areaKnown) = (AreaOf(http?.HttpContext?.Request.Path ?? default, catalog), true);
            return area;
        }
    }
    string? area;
    bool areaKnown;

    internal static string? AreaOf(PathString path, TranslationCatalog catalog)
    {
        var first = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var file = first is null ? "home" : first.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return catalog.HasFile(file) ? file : null;
    }

    /// <summary>The reader's language: a supported one, English by default.</summary>
    public Language Language => Language.Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? Language.English;

    /// <summary>True once the page has shown a draft translation.</summary>
    public bool UsedUnchecked { get; private set; }

    /// <summary>Notes that the page showed a draft translation kept outside the catalog (a questionnaire's own text).</summary>
    public void ShowedUnchecked() => UsedUnchecked = true;

    public string this[string key] => Get(key).Text;

    /// <summary>The text with its numbered places filled in (each value encoded when shown).</summary>
    public string this[string key, params object[] values] =>
        string.Format(CultureInfo.InvariantCulture, Get(key).Text, values);

    public TranslatedText Get(string key)
    {
        var text = catalog.Get(Language.Code, key);
        if (text.Unchecked) UsedUnchecked = true;
        return text;
    }

    /// <summary>Notes a text shown from outside the catalog (a translated local offer page), so a draft gets the note.</summary>
    public void Showed(TranslationState state, string language)
    {
        if (state == TranslationState.Draft && language == Language.Code && language != Language.EnglishCode) UsedUnchecked = true;
    }

    /// <summary>A date in the reader's language.</summary>
    public string Date(DateOnly date, string format) => Language.FormatDate(date, format);

    /// <summary>The text as page content; an English fallback on a translated page is marked as English.</summary>
    public IHtmlContent Html(string key, params object[] values)
    {
        var text = Get(key);
        var shown = values.Length == 0 ? text.Text : string.Format(CultureInfo.InvariantCulture, text.Text, values);
        return InLanguage(text.Language, WithNumbersLeftToRight(new HtmlContentBuilder(), shown));
    }

    /// <summary>The <c>lang</c> to put on text in <paramref name="language"/>: null when it is the page's own (or not given).</summary>
    public string? LangOf(string? language) => string.IsNullOrEmpty(language) || language == Language.Code ? null : language;

    /// <summary>The <c>dir</c> to put on text in <paramref name="language"/>: null when it is the page's own (English in Urdu: ltr).</summary>
    public string? DirOf(string? language) => LangOf(language) is null ? null : Voice.Data.Languages.Language.Find(language)?.Direction ?? "ltr";

    /// <summary>
    /// The one way a fragment in another language marks itself: <paramref name="element"/> gets
    /// <c>lang</c> and <c>dir</c> when <paramref name="language"/> is not the page's, so a screen
    /// reader switches voice and English inside an Urdu page runs left to right.
    /// </summary>
    public TagBuilder Mark(TagBuilder element, string? language)
    {
        if (LangOf(language) is { } lang) element.MergeAttribute("lang", lang, replaceExisting: true);
        if (DirOf(language) is { } dir) element.MergeAttribute("dir", dir, replaceExisting: true);
        return element;
    }

    /// <summary>Content written in <paramref name="language"/>: as it is on a page in that language, else in a <see cref="Mark"/>ed span.</summary>
    public IHtmlContent InLanguage(string language, IHtmlContent content)
    {
        if (language == Language.Code) return content;
        var span = new TagBuilder("span");
        span.InnerHtml.AppendHtml(content);
        return Mark(span, language);
    }

    /// <summary>
    /// A catalog text whose numbered places ({0}, {1}) are filled with HTML (a link, a phone
    /// number), so a translator can put the link where the language needs it. The words are
    /// encoded; an English fallback on a translated page is marked <c>lang="en"</c>.
    /// </summary>
    public IHtmlContent WithHtml(string key, params IHtmlContent[] parts)
    {
        var text = Get(key);
        var builder = new HtmlContentBuilder();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in Place().Matches(text.Text))
        {
            WithNumbersLeftToRight(builder, text.Text[at..m.Index]);
            builder.AppendHtml(parts[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
            at = m.Index + m.Length;
        }
        WithNumbersLeftToRight(builder, text.Text[at..]);
        return InLanguage(text.Language, builder);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\d+)\}")]
    private static partial System.Text.RegularExpressions.Regex Place();

    /// <summary>Appends the text; on a right-to-left page each grouped number (a phone number) is isolated left to right (<see cref="Bidi"/>).</summary>
    IHtmlContentBuilder WithNumbersLeftToRight(IHtmlContentBuilder builder, string text)
    {
        if (!Language.RightToLeft) return builder.Append(text);
        foreach (var (part, leftToRight) in Bidi.Split(text))
        {
            if (!leftToRight) { builder.Append(part); continue; }
            var number = new TagBuilder("span");
            number.MergeAttribute("dir", "ltr");
            number.InnerHtml.Append(part);
            builder.AppendHtml(number);
        }
        return builder;
    }

    /// <summary>For the GOV.UK components: <paramref name="english"/> in the request's language (English where the app has no PageText).</summary>
    public static string For(HttpContext? context, string english) =>
        context?.RequestServices?.GetService<PageText>()?.Message(english) ?? english;

    /// <summary>A message written in English in a page's rules (validation), in the reader's language when translated.</summary>
    public string Message(string english) => Lookup(english, sourceIsEnglish: true).Text;

    /// <summary>
    /// A text given to a GOV.UK component, in the reader's language when the catalog has it, and the
    /// language it is shown in. A text the catalog does not know was written for this page already
    /// (a questionnaire's, or one the page looked up): it is taken to be in the page's language
    /// unless <paramref name="sourceIsEnglish"/> (a page rule's error message).
    /// </summary>
    public TranslatedText Lookup(string text, bool sourceIsEnglish = false)
    {
        var shown = catalog.Translate(Language.Code, text, Area);
        if (shown.Unchecked) UsedUnchecked = true;
        return shown.State == TranslationState.Missing && !sourceIsEnglish && !catalog.IsEnglishText(text)
            ? shown with { Language = Language.Code } : shown;
    }

    /// <summary>
    /// Fills a GOV.UK component's <paramref name="element"/> with <paramref name="text"/> in the
    /// request's language (see <see cref="Lookup"/>), marked when it falls back to English.
    /// </summary>
    public static TagBuilder Fill(HttpContext? context, TagBuilder element, string text, bool sourceIsEnglish = false)
    {
        if (context?.RequestServices?.GetService<PageText>() is not { } t) { element.InnerHtml.Append(text); return element; }
        var shown = t.Lookup(text, sourceIsEnglish);
        element.InnerHtml.Append(shown.Text);
        return t.Mark(element, shown.Language);
    }
}
