using System.Net;
using Voice.Data;
using Voice.Data.Languages;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Errors;

/// <summary>The error pages in the reader's language (issue 15), keeping their status codes.</summary>
public class ErrorPageLanguageTests
{
    [Fact]
    public async Task NotFound_ForAReaderWhoChoseRomanian_IsRomanian_AndStill404()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=ro");
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("ro", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pagina nu a fost găsită", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Dacă ați scris adresa, verificați dacă este corectă.", page.Document.QuerySelector("main")!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("main [lang='en']"));
    }

    [Fact]
    public async Task NotFound_FromALinkAskingForRomanian_IsRomanian_WhateverTheCookieSays()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=ar");
        var page = await client.GetAsync("/no-such-page?lang=ro");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("ro", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pagina nu a fost găsită", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData(400), InlineData(403), InlineData(404), InlineData(413), InlineData(429), InlineData(500)]
    public async Task EveryErrorPage_InEveryLanguage_KeepsItsCode_AndHasNoEnglishLeft(int code)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        foreach (var language in Language.Translated)
        {
            var client = PageClient.For(app);
            var page = await client.GetAsync($"/error/{code}?lang={language.Code}");
            Assert.Equal((HttpStatusCode)code, page.Status);
            Assert.Equal(language.Code, page.Document.DocumentElement.GetAttribute("lang"));
            Assert.Empty(page.Document.QuerySelectorAll("main [lang='en']"));
            Assert.DoesNotContain("Sorry", page.Document.QuerySelector("main")!.TextContent);
        }
    }
}
