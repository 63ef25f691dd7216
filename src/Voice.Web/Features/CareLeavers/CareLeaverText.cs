using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.Languages;

namespace Voice.Web.Features.CareLeavers;

/// <summary>The care leavers pages' words in the reader's language: sentences with links in them, and translated local offer pages.</summary>
public static class CareLeaverText
{
    /// <summary>A GOV.UK link, its text encoded.</summary>
    public static IHtmlContent Link(string href, string text) =>
        new HtmlString($"<a class=\"govuk-link\" href=\"{HtmlEncoder.Default.Encode(href)}\">{HtmlEncoder.Default.Encode(text)}</a>");

    /// <summary>A link whose words are English on any page (a search for English words: the index is English), marked so.</summary>
    public static IHtmlContent EnglishLink(string href, string text) =>
        new HtmlString($"<a class=\"govuk-link\" href=\"{HtmlEncoder.Default.Encode(href)}\" lang=\"en\" dir=\"ltr\">{HtmlEncoder.Default.Encode(text)}</a>");

    /// <summary>The leaving care team's number as a phone link.</summary>
    public static IHtmlContent Phone(string number) =>
        new HtmlString($"<a class=\"govuk-link\" href=\"tel:{number.Replace(" ", "")}\">{number}</a>");

    /// <summary>A local offer page as this reader gets it; a draft translation makes the layout say it is unchecked.</summary>
    public static LocalisedPage Page(this PageText t, LocalOffer offer, OfferPage page)
    {
        var shown = offer.InLanguage(page, t.Language.Code);
        t.Showed(shown.State, shown.Language);
        return shown;
    }
}
