using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Languages;
using Voice.Web.Infrastructure.Languages;

namespace Voice.Web.Features.Views;

/// <summary>
/// The views journey's words in the reader's language (issue 15): catalog texts with links in
/// them, and a questionnaire's own texts in the language it is shown in (see
/// <see cref="QuestionnaireTranslations.ShownIn"/>), marked <c>lang="en"</c> when it falls back.
/// </summary>
public static class ViewsText
{
    /// <summary>The questionnaire's language for this reader; records a draft so the page says it is unchecked.</summary>
    public static string QuestionnaireLanguage(this PageText t, QuestionnaireDefinition definition)
    {
        var shown = definition.Translations.ShownIn(t.Language.Code);
        if (shown != LocalText.English && definition.Translations.StateOf(shown) == TranslationState.Draft) t.ShowedUnchecked();
        return shown;
    }

    /// <summary>A questionnaire text as a plain string (for attributes and titles).</summary>
    public static string Plain(this PageText t, QuestionnaireDefinition definition, LocalText text) =>
        text.Get(t.QuestionnaireLanguage(definition));

    /// <summary>A questionnaire text as page content, marked as English when it falls back on a translated page.</summary>
    public static IHtmlContent Show(this PageText t, QuestionnaireDefinition definition, LocalText? text)
    {
        if (text is null) return HtmlString.Empty;
        var shown = t.QuestionnaireLanguage(definition);
        return t.InLanguage(shown, new HtmlContentBuilder().Append(text.Get(shown)));
    }

    /// <summary>A phone number link, as the views pages show Childline, 999 and the advocacy line.</summary>
    public static IHtmlContent Phone(string number, bool strong = true)
    {
        var a = new TagBuilder("a");
        a.AddCssClass("govuk-link");
        a.MergeAttribute("href", "tel:" + number.Replace(" ", ""));
        a.InnerHtml.Append(number);
        if (!strong) return a;
        var s = new TagBuilder("strong");
        s.InnerHtml.AppendHtml(a);
        return s;
    }

    /// <summary>Text to fill a place with, encoded; in bold when <paramref name="strong"/>.</summary>
    public static IHtmlContent Text(string text, bool strong = false)
    {
        if (!strong) return new HtmlContentBuilder().Append(text);
        var s = new TagBuilder("strong");
        s.InnerHtml.Append(text);
        return s;
    }

    /// <summary>A link to fill a place with.</summary>
    public static IHtmlContent Link(string href, IHtmlContent content)
    {
        var a = new TagBuilder("a");
        a.AddCssClass("govuk-link");
        a.MergeAttribute("href", href);
        a.InnerHtml.AppendHtml(content);
        return a;
    }
}
