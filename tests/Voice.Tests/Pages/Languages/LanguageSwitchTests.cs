using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Languages;

public class LanguageSwitchTests
{
    static async Task<PageClient> Client() => PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));

    [Fact]
    public async Task Home_English_HasLangEnLtr_AndASwitcherOfSevenLanguages_WithoutTheUncheckedNote()
    {
        var page = await (await Client()).GetAsync("/");
        var html = page.Document.DocumentElement;
        Assert.Equal(("en", "ltr"), (html.GetAttribute("lang"), html.GetAttribute("dir")));
        var switcher = page.Document.QuerySelector("nav.voice-languages")!;
        Assert.Equal("Choose a language", switcher.GetAttribute("aria-label"));
        Assert.Equal("English", switcher.QuerySelector("[aria-current=true]")!.TextContent);
        var links = switcher.QuerySelectorAll("a").ToList();
        Assert.Equal(["/?lang=pl", "/?lang=lt", "/?lang=ro", "/?lang=pt", "/?lang=ur", "/?lang=ar"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["pl", "lt", "ro", "pt", "ur", "ar"], links.Select(a => a.GetAttribute("lang")));
        Assert.Null(page.Document.GetElementById("translation-unchecked"));
    }

    [Fact]
    public async Task OnAPageNotFound_TheSwitcherLinksToTheAddressAsked_NotTheErrorPage()
    {
        var page = await (await Client()).GetAsync("/no-such-page?x=1");
        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("/no-such-page?x=1&lang=pl", page.Document.QuerySelector("nav.voice-languages a[lang=pl]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task QueryLang_ShowsPolish_SetsTheCookie_AndTheCookieIsRemembered()
    {
        var client = await Client();
        var first = await client.GetAsync("/?lang=pl");
        Assert.Equal("pl", first.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Wyraź swoje zdanie o usługach dla dzieci", first.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(first.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("voice-lang=c%3Den-GB%7Cuic%3Dpl"));
        // The draft translation is marked, in Polish and in English.
        var note = first.Document.GetElementById("translation-unchecked")!;
        Assert.Contains("To tłumaczenie nie zostało jeszcze sprawdzone.", note.TextContent);
        Assert.Equal("This translation has not been checked yet.", note.QuerySelector("[lang=en]")!.TextContent);

        var later = await client.GetAsync("/complaints/new");
        Assert.Equal("pl", later.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Złóż skargę na usługi dla dzieci", later.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("/complaints/new?lang=en", later.Document.QuerySelector("nav.voice-languages a[lang=en]")!.GetAttribute("href"));

        var back = await client.GetAsync("/?lang=en");
        Assert.Equal("Have your say about children's services", back.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Urdu_IsRightToLeft_AndUntranslatedTextFallsBackToEnglish_MarkedAsEnglish()
    {
        var page = await (await Client()).GetAsync("/?lang=ur");
        var html = page.Document.DocumentElement;
        Assert.Equal(("ur", "rtl"), (html.GetAttribute("lang"), html.GetAttribute("dir")));
        Assert.Equal("بچوں کی خدمات کے بارے میں اپنی رائے دیں", page.Document.QuerySelector("h1")!.TextContent);
        // The home page is all Urdu now; a text Urdu has no translation for (a plural form Urdu
        // does not use) comes out in English, marked so screen readers read it as English.
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        using var scope = app.Services.CreateScope();
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ur");
        try
        {
            var text = scope.ServiceProvider.GetRequiredService<Voice.Web.Infrastructure.Languages.PageText>();
            using var shown = new StringWriter();
            text.Html("govuk.count.under.few").WriteTo(shown, System.Text.Encodings.Web.HtmlEncoder.Default);
            Assert.Equal("<span dir=\"ltr\" lang=\"en\">You have %{count} characters remaining</span>", shown.ToString());
        }
        finally { System.Globalization.CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public async Task UnknownLanguage_IsEnglish_AndSetsNoCookie()
    {
        var page = await (await Client()).GetAsync("/?lang=xx");
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.False(page.Response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("voice-lang")));
    }

    [Fact]
    public async Task StaffAndSignInPages_StayEnglish_WithNoSwitcher()
    {
        var client = await Client();
        await client.GetAsync("/?lang=ar");
        var signIn = await client.GetAsync("/account/sign-in?lang=ar");
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Equal(("en", "ltr"), (signIn.Document.DocumentElement.GetAttribute("lang"), signIn.Document.DocumentElement.GetAttribute("dir")));
        Assert.Null(signIn.Document.QuerySelector("nav.voice-languages"));
        Assert.Equal("Skip to main content", signIn.Document.QuerySelector(".govuk-skip-link")!.TextContent);
    }

    [Fact]
    public async Task ComplaintQuestion_InPolish_ShowsPolishErrors_AndPolishChoices()
    {
        var client = await Client();
        var start = await client.GetAsync("/complaints/new?lang=pl");
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        Assert.Equal("Kto składa skargę?", who.Document.QuerySelector("legend h1")!.TextContent);
        Assert.Contains("Jestem rodzicem lub mam władzę rodzicielską", who.Document.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent));
        Assert.Equal("Dalej", who.Document.QuerySelector("main button[type=submit]")!.TextContent.Trim());
        Assert.Equal("Wstecz", who.Document.QuerySelector(".govuk-back-link")!.TextContent);

        var error = await client.SubmitAsync(who.Form());
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("Wystąpił problem", error.Document.QuerySelector(".govuk-error-summary__title")!.TextContent);
        Assert.Equal(["Wybierz, kto składa skargę"], error.Errors);
        Assert.Equal("Błąd: Wybierz, kto składa skargę", error.Document.GetElementById("Who-error")!.TextContent);
    }
}
