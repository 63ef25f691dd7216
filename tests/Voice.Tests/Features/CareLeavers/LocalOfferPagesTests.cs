using System.Net;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.CareLeavers;

public class LocalOfferPagesTests
{
    static async Task<PageClient> Client() => PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));

    [Fact]
    public async Task Index_ListsEveryTopicAndItsPages()
    {
        var page = await (await Client()).GetAsync("/care-leavers");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Help for care leavers", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(13, page.Document.QuerySelectorAll("main section h3").Length);
        Assert.NotNull(page.Document.QuerySelector("a[href='/care-leavers/education/higher-education-bursary']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/care-leavers/education/higher-education-bursary/easy-read']"));
        Assert.Equal("get", page.Form("form[role=search]").Method);
    }

    [Fact]
    public async Task Page_ShowsTitleOfferBodyAndReviewDate_AndLinksToEasyRead()
    {
        var page = await (await Client()).GetAsync("/care-leavers/money/setting-up-home-allowance");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Setting-up-home allowance", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("h2#what-the-law-says"));
        Assert.Contains("The law says we must", page.Text);
        Assert.Contains("Northfield chooses to", page.Text);
        Assert.Matches(@"Last reviewed on \d{1,2} \w+ 20\d\d", page.Text);
        var easy = page.Document.QuerySelector("a[href='/care-leavers/money/setting-up-home-allowance/easy-read']");
        Assert.Equal("Read this page in easy read", easy!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task EasyReadPage_LinksBackToTheStandardPage()
    {
        var page = await (await Client()).GetAsync("/care-leavers/money/setting-up-home-allowance/easy-read");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith("(easy read)", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("a[href='/care-leavers/money/setting-up-home-allowance']"));
    }

    [Theory]
    [InlineData("/care-leavers/money/no-such-page")]
    [InlineData("/care-leavers/no-such-topic/council-tax")]
    [InlineData("/care-leavers/money/council-tax/large-print")]
    public async Task UnknownPages_Are404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await (await Client()).GetAsync(url)).Status);

    [Fact]
    public async Task HomePage_LinksToCareLeavers()
    {
        var home = await (await Client()).GetAsync("/");
        Assert.NotNull(home.Document.QuerySelector("main a[href='/care-leavers']"));
    }
}

public class SearchPageTests
{
    static async Task<PageClient> Client() => PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));

    [Fact]
    public async Task Misspelt_Query_FindsHealthHistoryFirst_WithHighlights()
    {
        var page = await (await Client()).GetAsync("/care-leavers/search?q=helth+history");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var first = page.Document.QuerySelector("#search-results ol li h3 a")!;
        Assert.Equal("/care-leavers/health/your-health-history", first.GetAttribute("href"));
        Assert.Contains("Did you mean health history?", page.Document.QuerySelector("[data-testid=did-you-mean]")!.TextContent);
        Assert.NotEmpty(page.Document.QuerySelectorAll("#search-results mark.voice-highlight"));
        Assert.Equal("helth history", ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("#q")!).Value);
    }

    [Fact]
    public async Task HtmxRequest_GetsThePageWithTheResults_ForHxSelect()
    {
        var page = await (await Client()).GetAsync("/care-leavers/search?q=bursary", new Dictionary<string, string> { ["HX-Request"] = "true" });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Document.QuerySelectorAll("#search-results a"), a => a.GetAttribute("href") == "/care-leavers/education/higher-education-bursary");
        Assert.Contains("HX-Request", page.Response.Headers.Vary);
        Assert.Null(page.Document.QuerySelector("header"));
        var full = await (await Client()).GetAsync("/care-leavers/search?q=bursary");
        var input = full.Document.QuerySelector("#q")!;
        Assert.Equal("#search-results", input.GetAttribute("hx-select"));
        Assert.Equal("/care-leavers/search", input.GetAttribute("hx-get"));
    }

    [Fact]
    public async Task QueryWithMarkup_IsEncoded()
    {
        var page = await (await Client()).GetAsync("/care-leavers/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+tax");
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.Text);
    }

    [Fact]
    public async Task EmptyQuery_ShowsSuggestions()
    {
        var page = await (await Client()).GetAsync("/care-leavers/search?q=");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Type what you are looking for", page.Text);
    }

    [Fact]
    public async Task NoResults_ShowsWhatToDoNext()
    {
        var page = await (await Client()).GetAsync("/care-leavers/search?q=xylophone");
        Assert.Contains("No pages found for ‘xylophone’", page.Text);
        Assert.NotNull(page.Document.QuerySelector("#search-results a[href='/care-leavers/what-can-i-get']"));
    }

    [Fact]
    public async Task VeryLongQuery_IsShortened_NotAnError()
    {
        var page = await (await Client()).GetAsync("/care-leavers/search?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("council tax", 300))));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Your search was very long", page.Text);
        Assert.NotEmpty(page.Document.QuerySelectorAll("#search-results ol li"));
    }
}
