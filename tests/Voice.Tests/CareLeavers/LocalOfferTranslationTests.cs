using Voice.Data.CareLeavers;
using Voice.Data.Languages;

namespace Voice.Tests.CareLeavers;

/// <summary>Translated local offer pages follow the catalog's rules: current → shown, stale or missing → English, bad front matter → no start.</summary>
public sealed class LocalOfferTranslationTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("voice-offer-tr-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }

    const string Body = "## What the law says\n\nText.\n\n## What Northfield chooses to do\n\nMore.\n\n## How to ask for it\n\nAsk.";

    static string English(string summary = "Nothing to pay until 25.", string lastReviewed = "2026-06-15") => $"""
        ---
        title: Council tax
        summary: {summary}
        topic: money
        order: 1
        ages: 18-25
        offer:
          - item: Help with council tax
            type: choose
        owner: Leaving Care Service Manager
        last_reviewed: {lastReviewed}
        ---

        {Body}
        """;

    static string Polish(string source, string status = "draft", string extra = "", string offer = "  - Pomoc z podatkiem lokalnym") => $"""
        ---
        title: Podatek lokalny
        summary: Nic do zapłaty do 25 lat.
        offer:
        {offer}
        status: {status}
        source: {source}
        {extra}
        ---

        ## Co mówi prawo

        Tekst.
        """;

    void Write(string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>The fingerprint of the English page as the loader computes it (title, summary, offer items, body).</summary>
    string SourceOfEnglish()
    {
        Write("topics.yml", "- slug: money\n  title: Money\n  summary: Money things.\n  order: 1\n");
        Write("money/council-tax.md", English());
        return LocalOfferLoader.LoadOrThrow(folder).Find("money", "council-tax")!.SourceHash;
    }

    [Fact]
    public void ACurrentDraft_IsShown_InItsLanguage_WithTheEnglishTypesOfOffer()
    {
        Write("money/council-tax.pl.md", Polish(SourceOfEnglish()));
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        var page = offer.Find("money", "council-tax")!;
        var shown = offer.InLanguage(page, "pl");
        Assert.Equal(("pl", TranslationState.Draft, "Podatek lokalny", "Nic do zapłaty do 25 lat."), (shown.Language, shown.State, shown.Title, shown.Summary));
        Assert.True(shown.Unchecked);
        Assert.Contains("Co mówi prawo", shown.Html);
        Assert.Equal([new OfferItem("Pomoc z podatkiem lokalnym", OfferType.Choose)], shown.Offer);
        // A translation is never listed as a page of its own.
        Assert.Single(offer.StandardPages);
    }

    [Fact]
    public void AReviewedTranslation_IsShown_AsReviewed()
    {
        Write("money/council-tax.pl.md", Polish(SourceOfEnglish(), "reviewed", "reviewedBy: Anna Nowak\nreviewedOn: 2026-11-20"));
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        var shown = offer.InLanguage(offer.Find("money", "council-tax")!, "pl");
        Assert.Equal(("pl", TranslationState.Reviewed, false), (shown.Language, shown.State, shown.Unchecked));
    }

    [Fact]
    public void WhenTheEnglishChanges_TheTranslationNeedsReview_AndTheEnglishIsShown()
    {
        var old = SourceOfEnglish();
        Write("money/council-tax.pl.md", Polish(old));
        Write("money/council-tax.md", English(summary: "Nothing to pay until you are 25."));
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        var page = offer.Find("money", "council-tax")!;
        var shown = offer.InLanguage(page, "pl");
        Assert.Equal(("en", TranslationState.NeedsReview, "Council tax", "Nothing to pay until you are 25."), (shown.Language, shown.State, shown.Title, shown.Summary));
        Assert.False(shown.Unchecked);
        Assert.Equal(1, offer.Coverage("pl").NeedsReview);
    }

    [Fact]
    public void ReDatingTheEnglishPage_DoesNotMakeItsTranslationsStale()
    {
        Write("money/council-tax.pl.md", Polish(SourceOfEnglish()));
        Write("money/council-tax.md", English(lastReviewed: "2026-11-26"));
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        Assert.Equal(TranslationState.Draft, offer.StateOf(offer.Find("money", "council-tax")!, "pl"));
    }

    [Fact]
    public void AMissingTranslation_ShowsTheEnglish_AndIsCountedMissing()
    {
        SourceOfEnglish();
        var offer = LocalOfferLoader.LoadOrThrow(folder);
        var shown = offer.InLanguage(offer.Find("money", "council-tax")!, "ar");
        Assert.Equal(("en", TranslationState.Missing, "Council tax"), (shown.Language, shown.State, shown.Title));
        Assert.Equal((1, 1), (offer.Coverage("ar").Total, offer.Coverage("ar").Missing));
    }

    [Fact]
    public void TheFingerprint_IsTheCatalogsRule_OverTheTranslatableText()
    {
        SourceOfEnglish();
        var page = LocalOfferLoader.LoadOrThrow(folder).Find("money", "council-tax")!;
        Assert.Equal(TranslationText.Hash("Council tax\nNothing to pay until 25.\n- Help with council tax\n\n" + Body), page.SourceHash);
    }

    [Theory]
    [InlineData("council-tax.pl.md", "status", "finished", "", "\"finished\" must be draft or reviewed")]
    [InlineData("council-tax.pl.md", "status", "reviewed", "", "A reviewed translation must say who reviewed it (reviewedBy) and when (reviewedOn)")]
    [InlineData("council-tax.pl.md", "status", "reviewed", "reviewedBy: Anna Nowak", "A reviewed translation must say who reviewed it (reviewedBy) and when (reviewedOn)")]
    [InlineData("council-tax.xx.md", null, "draft", "", "\"xx\" is not a language pages are translated into (pl, lt, ro, pt, ur, ar)")]
    [InlineData("council-tax.en.md", null, "draft", "", "\"en\" is not a language pages are translated into (pl, lt, ro, pt, ur, ar)")]
    [InlineData("no-such-page.pl.md", null, "draft", "", "There is no English page (no-such-page.md) for this translation")]
    [InlineData("council-tax.pl.md", "owner", "draft", "owner: Someone", "Is not a known key. The keys are: title, summary, offer, status, source, reviewedBy, reviewedOn")]
    public void BadFrontMatter_StopsStartUp_NamingTheFile(string file, string? field, string status, string extra, string message)
    {
        Write($"money/{file}", Polish(SourceOfEnglish(), status, extra));
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(($"money/{file}", field, message), (problem.File, problem.Field, problem.Message));
    }

    [Fact]
    public void ABadFingerprint_OrAWrongNumberOfOfferItems_StopsStartUp()
    {
        SourceOfEnglish();
        Write("money/council-tax.pl.md", Polish("NOT-A-HASH"));
        var e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        Assert.Equal("source", Assert.Single(e.Problems).Field);

        Write("money/council-tax.pl.md", Polish(SourceOfEnglishAgain(), offer: "  - Jeden\n  - Dwa"));
        e = Assert.Throws<LocalOfferException>(() => LocalOfferLoader.LoadOrThrow(folder));
        Assert.Equal(("offer", "Must be a list of 1 texts, the English page's offer items translated, in the same order"), (Assert.Single(e.Problems).Field, e.Problems[0].Message));
    }

    string SourceOfEnglishAgain()
    {
        File.Delete(Path.Combine(folder, "money/council-tax.pl.md"));
        return SourceOfEnglish();
    }

    [Fact]
    public void TheRealTranslations_Load_AndAreCurrent()
    {
        var offer = LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer"));
        foreach (var language in Language.Translated)
        {
            var coverage = offer.Coverage(language.Code);
            Assert.Equal(0, coverage.NeedsReview);
            Assert.True(coverage.Draft + coverage.Reviewed >= 1, $"{language.EnglishName} has no translated page");
        }
    }
}
