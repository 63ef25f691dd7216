using Voice.Data.CareLeavers;
using Voice.Data.Text;

namespace Voice.Tests.CareLeavers;

public class CareLeaverStemmingTests
{
    [Theory]
    // From the Snowball English vocabulary and output lists.
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consistency", "consist")]
    [InlineData("consistent", "consist")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("generously", "generous")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cats", "cat")]
    [InlineData("gas", "gas")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("happy", "happi")]
    [InlineData("cry", "cri")]
    [InlineData("by", "by")]
    [InlineData("say", "say")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "general")]
    [InlineData("communication", "communic")]
    [InlineData("arsenal", "arsenal")]
    [InlineData("abilities", "abil")]
    [InlineData("able", "abl")]
    [InlineData("absolutely", "absolut")]
    [InlineData("accompanying", "accompani")]
    [InlineData("dying", "die")]
    [InlineData("skies", "sky")]
    [InlineData("news", "news")]
    [InlineData("succeed", "succeed")]
    [InlineData("history", "histori")]
    [InlineData("histories", "histori")]
    [InlineData("health", "health")]
    [InlineData("bursary", "bursari")]
    [InlineData("bursaries", "bursari")]
    [InlineData("apprenticeships", "apprenticeship")]
    [InlineData("leaver's", "leaver")]
    public void Stems_LikeSnowball(string word, string stem) => Assert.Equal(stem, Porter2Stemmer.Stem(word));
}

public class LocalOfferSearchTests
{
    static readonly Lazy<LocalOfferSearch> Real = new(() =>
        new LocalOfferSearch(LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer")).Pages));

    static string Top(string query) => Real.Value.Search(query).Hits.First().Page.Slug;

    [Theory]
    [InlineData("health history", "your-health-history")]
    [InlineData("helth history", "your-health-history")]
    [InlineData("university bursary", "higher-education-bursary")]
    [InlineData("higher education bursary", "higher-education-bursary")]
    [InlineData("apprenticeship", "apprenticeship-bursary")]
    [InlineData("apprentiship money", "apprenticeship-bursary")]
    [InlineData("council tax", "council-tax")]
    [InlineData("staying put", "staying-put")]
    [InlineData("passport", "id-and-documents")]
    [InlineData("setting up home", "setting-up-home-allowance")]
    public void FindsTheRightPageFirst(string query, string slug) => Assert.Equal(slug, Top(query));

    [Fact]
    public void Misspelling_IsCorrected_AndSaid()
    {
        var results = Real.Value.Search("helth history");
        Assert.Equal([new Correction("helth", "health")], results.Corrections);
    }

    [Fact]
    public void Stemming_MatchesOtherFormsOfAWord()
    {
        var plural = Real.Value.Search("bursaries").Hits.Select(h => h.Page.Slug).ToList();
        Assert.Contains("higher-education-bursary", plural);
        Assert.Contains("16-to-19-bursary", plural);
    }

    [Fact]
    public void Snippets_MarkTheMatchedWords()
    {
        var hit = Real.Value.Search("immunisations").Hits.First();
        Assert.Contains(hit.Snippet, p => p.Highlight && p.Text.Equals("immunisations", StringComparison.OrdinalIgnoreCase));
        Assert.True(string.Concat(hit.Snippet.Select(p => p.Text)).Length < 400);
    }

    [Fact]
    public void LastWord_MatchesAsAPrefix_WhileTyping()
    {
        Assert.Equal("apprenticeship-bursary", Top("apprentic"));
    }

    [Fact]
    public void EmptyCommonOrUnknownQueries_FindNothing()
    {
        Assert.True(Real.Value.Search("   ").IsEmptyQuery);
        var common = Real.Value.Search("how do I");
        Assert.Empty(common.Hits);
        Assert.True(common.OnlyCommonWords);
        Assert.Empty(Real.Value.Search("xylophone zebra").Hits);
    }

    [Fact]
    public void VeryLongQuery_IsShortened()
    {
        var results = Real.Value.Search(string.Join(' ', Enumerable.Repeat("money council tax housing", 200)));
        Assert.True(results.WasShortened);
        Assert.True(results.Query.Length <= LocalOfferSearch.MaxQueryLength);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void TitleMatches_OutrankBodyMentions()
    {
        var page = Fake("a", "Passport help", "Get your passport.", "Body text.");
        var other = Fake("b", "Other", "Something else.", "A passport is mentioned here once among many other words about money and things.");
        var search = new LocalOfferSearch([other, page]);
        Assert.Equal(["a", "b"], search.Search("passport").Hits.Select(h => h.Page.Slug));
    }

    [Fact]
    public void PagesWithEveryWord_OutrankPagesWithOne()
    {
        var both = Fake("both", "Money", "Help.", "Council tax help and housing.");
        var one = Fake("one", "Tax", "Tax tax tax.", "Tax tax tax tax.");
        var search = new LocalOfferSearch([one, both]);
        Assert.Equal("both", search.Search("council tax").Hits[0].Page.Slug);
    }

    [Theory]
    [InlineData("health", "helth", 1)]
    [InlineData("bursary", "bursray", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistance_CountsSwapsAsOne(string a, string b, int d) => Assert.Equal(d, LocalOfferSearch.EditDistance(a, b));

    static OfferPage Fake(string slug, string title, string summary, string body) => new()
    {
        Topic = "t", Slug = slug, IsEasyRead = false, File = slug + ".md",
        Meta = new FrontMatter(title, summary, "t", 1, 16, 25, [], "Owner", new DateOnly(2026, 1, 1)),
        Html = "", PlainText = body, Headings = [], InternalLinks = [],
    };
}
