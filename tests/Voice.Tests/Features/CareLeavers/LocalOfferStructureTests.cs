using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.CareLeavers;

/// <summary>
/// Every local offer page, standard and easy read, checked for structure from its HTML. The
/// browser tests scan the content page template with axe once; these cover each page's content.
/// </summary>
public class LocalOfferStructureTests
{
    [Fact]
    public async Task EveryContentPage_IsWellStructured()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var offer = app.Services.GetRequiredService<LocalOffer>();
        Assert.True(offer.Pages.Count > 20, "the local offer should have its pages");
        var problems = new List<string>();
        foreach (var page in offer.Pages)
        {
            var result = await client.GetAsync(page.Path);
            if (result.Status != HttpStatusCode.OK) { problems.Add($"{page.Path}: {result.Status}"); continue; }
            var h1 = result.Document.QuerySelector("h1")?.TextContent.Trim();
            if (h1 != page.Title) problems.Add($"{page.Path}: the h1 is \"{h1}\", not \"{page.Title}\"");
            if (!result.Title.StartsWith(page.Title, StringComparison.Ordinal)) problems.Add($"{page.Path}: the title is \"{result.Title}\"");
            problems.AddRange(PageStructure.Problems(result.Document).Select(p => $"{page.Path}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheChecker_FindsWhatItLooksFor()
    {
        var bad = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html><head><title></title></head><body><main>
            <h1>One</h1><h3>Skipped a level</h3><h1>Two</h1>
            <a href="/x"></a><a>No href</a><button></button>
            <input id="a" type="text"><img src="/i.png"><p id="a"></p>
            <table><tr><td>1</td></tr></table>
            </main></body></html>
            """);
        var problems = PageStructure.Problems(bad);
        foreach (var expected in new[] { "no lang", "no title", "2 h1 headings", "skips a level", "a link without text", "a link without href",
                     "a button without text", "a form field without a label", "an image without alt", "the id \"a\" is used 2 times", "a table without headers" })
            Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));

        var good = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html lang="en"><head><title>Fine</title></head><body><main>
            <h1>One</h1><h2>Two</h2><h3>Three</h3><h2>Back up</h2>
            <a href="/x">Somewhere</a><label for="q">Search</label><input id="q" type="text"><img src="/i.png" alt="">
            <table><tr><th>Head</th></tr><tr><td>1</td></tr></table>
            </main></body></html>
            """);
        Assert.Empty(PageStructure.Problems(good));
    }
}
