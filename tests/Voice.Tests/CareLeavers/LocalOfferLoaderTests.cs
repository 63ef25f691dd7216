using Voice.Data.CareLeavers;

namespace Voice.Tests.CareLeavers;

public sealed class LocalOfferLoaderTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("voice-offer-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }

    const string Topics = """
        - slug: money
          title: Money
          summary: Money things.
          order: 1
        """;

    static string Page(string title = "Council tax", string extra = "", string topic = "money", string lastReviewed = "2026-06-15", string body = "## What the law says\n\nText.\n\n## What Northfield chooses to do\n\nMore.\n\n## How to ask for it\n\nAsk.") => $"""
        ---
        title: {title}
        summary: Nothing to pay until 25.
        topic: {topic}
        order: 1
        ages: 18-25
        offer:
          - item: Help with council tax
            type: choose
        owner: Leaving Care Service Manager
        last_reviewed: {lastReviewed}
        {extra}
        ---

        {body}
        """;

    void Write(string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    void WriteValid()
    {
        Write("topics.yml", Topics);
        Write("README.md", "# Not a page");
        Write("money/council-tax.md", Page());
        Write("money/council-tax.easy-read.md", Page(title: "Council tax (easy read)"));
    }

    [Fact]
    public void TheRealContent_LoadsWithoutErrors()
    {
        var offer = LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer"));
        Assert.Equal(13, offer.Topics.Count);
        Assert.True(offer.StandardPages.Count() >= 26);
        Assert.All(offer.StandardPages, p => Assert.NotNull(offer.Find(p.Topic, p.Slug, easyRead: true)));
        Assert.DoesNotContain(offer.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.DoesNotContain(offer.Problems, p => p.Message.Contains("does not lead to a page"));
    }

    [Fact]
    public void ValidPage_IsReadIntoItsFields()
    {
        WriteValid();
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        var page = offer.Find("money", "council-tax")!;
        Assert.Equal("Council tax", page.Title);
        Assert.Equal((18, 25), (page.Meta.MinAge, page.Meta.MaxAge));
        Assert.Equal([new OfferItem("Help with council tax", OfferType.Choose)], page.Meta.Offer);
        Assert.Equal(new DateOnly(2026, 6, 15), page.Meta.LastReviewed);
        Assert.Equal("/care-leavers/money/council-tax/easy-read", offer.Find("money", "council-tax", true)!.Path);
        Assert.Empty(offer.Problems);
    }

    [Theory]
    [InlineData("last_reviewed: 2026-13-01", "last_reviewed", "must be a real date")]
    [InlineData("colour: blue", "colour", "not a known key")]
    [InlineData("ages: sixteen", "ages", "age range")]
    [InlineData("order: first", "order", "whole number")]
    public void BadFrontMatter_StopsLoading_NamingFileAndField(string change, string field, string message)
    {
        WriteValid();
        var key = change[..change.IndexOf(':')];
        var text = Page();
        text = text.Contains(key + ":") ? System.Text.RegularExpressions.Regex.Replace(text, $"(?m)^{key}:.*$", change) : text.Replace("---\n\n", change + "\n---\n\n");
        Write("money/council-tax.md", text);
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        var problem = Assert.Single(e.Problems);
        Assert.Equal("money/council-tax.md", problem.File);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("money/council-tax.md (" + field + ")", e.Message);
    }

    [Fact]
    public void MissingKeys_AndWrongTopic_AreEachNamed()
    {
        WriteValid();
        Write("money/council-tax.md", Page(topic: "health").Replace("owner: Leaving Care Service Manager\n", ""));
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        Assert.Contains(e.Problems, p => p.Field == "owner" && p.Message == "Is missing");
        Assert.Contains(e.Problems, p => p.Field == "topic" && p.Message.Contains("must match the folder"));
    }

    [Fact]
    public void OfferItems_AreChecked()
    {
        WriteValid();
        Write("money/council-tax.md", Page().Replace("type: choose", "type: maybe"));
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        Assert.Equal("offer[1].type", Assert.Single(e.Problems).Field);
    }

    [Fact]
    public void NoFrontMatter_OrBrokenYaml_IsAnError()
    {
        WriteValid();
        Write("money/council-tax.md", "# Just markdown");
        Write("money/council-tax.easy-read.md", "---\ntitle: [unclosed\n---\nBody");
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        Assert.Contains(e.Problems, p => p.File == "money/council-tax.md" && p.Message.Contains("front matter between two lines"));
        Assert.Contains(e.Problems, p => p.File == "money/council-tax.easy-read.md" && p.Message.Contains("not valid YAML"));
    }

    [Fact]
    public void EasyReadTitle_MustSayEasyRead()
    {
        WriteValid();
        Write("money/council-tax.easy-read.md", Page());
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        Assert.Equal(("money/council-tax.easy-read.md", "title"), (e.Problems[0].File, e.Problems[0].Field));
    }

    [Fact]
    public void Warnings_DoNotStopLoading_ButAreListed()
    {
        WriteValid();
        File.Delete(Path.Combine(folder, "money/council-tax.easy-read.md"));
        Write("money/council-tax.md", Page(body: "See [nowhere](/care-leavers/money/nowhere) and [health](/care-leavers/health-history).\n\n## What the law says\n\nx"));
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        Assert.Contains(offer.Problems, p => p.Message.Contains("no easy-read version"));
        Assert.Contains(offer.Problems, p => p.Message == "The link to /care-leavers/money/nowhere does not lead to a page");
        Assert.Contains(offer.Problems, p => p.Message.Contains("\"## How to ask for it\" is missing"));
        Assert.All(offer.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void Markdown_RawHtmlIsShownAsText_AndHeadingsGetIds()
    {
        var rendered = LocalOfferMarkdown.Render("## What the law says\n\n<script>alert(1)</script> and <b>bold</b>\n\n- [a link](/care-leavers/money/council-tax)\n");
        Assert.DoesNotContain("<script>", rendered.Html);
        Assert.DoesNotContain("<b>", rendered.Html);
        Assert.Contains("&lt;script&gt;", rendered.Html);
        Assert.Contains("<h2 id=\"what-the-law-says\" class=\"govuk-heading-m\">", rendered.Html);
        Assert.Contains("class=\"govuk-list govuk-list--bullet\"", rendered.Html);
        Assert.Contains("class=\"govuk-link\"", rendered.Html);
        Assert.Equal([new PageHeading(2, "What the law says", "what-the-law-says")], rendered.Headings);
        Assert.Equal(["/care-leavers/money/council-tax"], rendered.InternalLinks);
        Assert.Contains("a link", rendered.PlainText);
    }
}
