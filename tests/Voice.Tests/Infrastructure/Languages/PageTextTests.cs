using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Voice.Data.Languages;
using Voice.Web.Infrastructure.Languages;

namespace Voice.Tests.Infrastructure.Languages;

/// <summary>
/// Fallbacks mark themselves (issue 15): whatever shows English inside a page in another language
/// (a catalog text without a usable translation, a GOV.UK component's label, a page rule's message)
/// goes through <see cref="PageText.Mark"/>, so it carries lang="en", and dir="ltr" in Urdu and Arabic.
/// </summary>
public sealed class PageTextTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "voice-pagetext-" + Guid.NewGuid().ToString("N"));
    readonly CultureInfo before = CultureInfo.CurrentUICulture;

    public PageTextTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "en"));
        Directory.CreateDirectory(Path.Combine(folder, "ur"));
        File.WriteAllText(Path.Combine(folder, "en", "t.json"), """{ "t.hello": "Hello", "t.name": "Your name" }""");
        File.WriteAllText(Path.Combine(folder, "ur", "t.json"),
            $$"""{ "t.hello": { "text": "سلام", "status": "draft", "source": "{{TranslationText.Hash("Hello")}}" } }""");
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = before;
        Directory.Delete(folder, recursive: true);
    }

    PageText In(string language)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        return new PageText(new Translations(folder));
    }

    static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }

    [Fact]
    public void ACatalogText_WithoutATranslation_IsMarkedEnglishAndLeftToRight_OnAnUrduPage()
    {
        var t = In("ur");
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Render(t.Html("t.name"))).Body!.FirstElementChild!;
        Assert.Equal(("Your name", "en", "ltr"), (html.TextContent, html.GetAttribute("lang"), html.GetAttribute("dir")));
        Assert.Equal("سلام", Render(t.Html("t.hello")));
    }

    [Fact]
    public void AComponentsText_IsMarkedOnlyWhenItIsEnglishShownInPlaceOfATranslation()
    {
        var t = In("ur");
        var untranslated = t.Mark(new TagBuilder("label"), t.Lookup("Your name").Language);
        Assert.Equal(("en", "ltr"), (untranslated.Attributes["lang"], untranslated.Attributes["dir"]));
        Assert.Equal("سلام", t.Lookup("Hello").Text);
        // Text the page has already put in its own language (a questionnaire's) is not the catalog's English.
        Assert.Equal("ur", t.Lookup("آپ کا نام").Language);
        Assert.Empty(t.Mark(new TagBuilder("label"), t.Lookup("آپ کا نام").Language).Attributes);
        // A page rule's message is English unless translated.
        Assert.Equal("en", t.Lookup("Enter a number under 5", sourceIsEnglish: true).Language);
    }

    [Fact]
    public void OnAnEnglishPage_NothingIsMarked()
    {
        var t = In("en");
        Assert.Equal("Your name", Render(t.Html("t.name")));
        Assert.Equal((null, null), (t.LangOf("en"), t.DirOf("en")));
        Assert.Same(HtmlString.Empty, t.InLanguage("en", HtmlString.Empty));
    }

    [Fact]
    public void OnAPolishPage_EnglishIsMarkedEnglish()
    {
        var t = In("pl");
        Assert.Equal(("en", "ltr"), (t.LangOf("en"), t.DirOf("en")));
        Assert.Equal((null, null), (t.LangOf("pl"), t.DirOf("pl")));
    }
}
