using Voice.Data.CareLeavers;
using Voice.Data.Languages;

namespace Voice.Tests.Languages;

/// <summary>Local offer pages in the translator's CSV: one line per page (read from the shipped files; nothing is written).</summary>
public class TranslationCsvPageTests
{
    static readonly DateOnly Today = new(2026, 11, 28);
    static readonly LocalOffer Offer = LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer"));
    static readonly TranslationSources Sources = new(new TranslationCatalog(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, Translation>>()), Offer: Offer);
    const string Bursary = "offer:education/16-to-19-bursary";

    static TranslationRow Row(string key, string language) => OfferCsv.ToDo(Offer, language).Single(r => r.Key == key);

    static ImportResult Import(params TranslationRow[] rows)
    {
        var writer = new StringWriter();
        TranslationCsv.Write(writer, rows);
        return TranslationCsv.Read(new StringReader(writer.ToString()), Sources, Today);
    }

    /// <summary>A "translation" that keeps the layout and the links: each line marked.</summary>
    static string Translated(string english) =>
        string.Join("\n", english.Split('\n').Select((l, i) => l.Length == 0 || i > 1 && !l.StartsWith("- ", StringComparison.Ordinal) ? l : l.StartsWith("- ") ? "- RO " + l[2..] : "RO " + l));

    [Fact]
    public void ToDo_APageALanguageLacks_IsOneLine_WithTheWholePageAndItsFingerprint()
    {
        var page = Offer.Find("education", "16-to-19-bursary")!;
        var row = Row(Bursary, "ro");
        Assert.Equal((page.Source, page.SourceHash, "", "missing"), (row.English, row.SourceHash, row.Translation, row.State));
        Assert.StartsWith("16 to 19 Bursary and help with college costs\nMoney for travel", row.English);
        Assert.Contains("\n- A laptop for your course if you do not have one\n", row.English);
        Assert.Contains(OfferCsv.ToDo(Offer, "ro"), r => r.Key == Bursary + ".easy-read");
    }

    [Fact]
    public void ToDo_ADraftPage_ComesWithItsTranslation_LaidOutAsTheEnglish()
    {
        var row = Row("offer:am-i-a-care-leaver/are-you-a-care-leaver", "pl");
        Assert.Equal("draft", row.State);
        Assert.StartsWith("Czy jesteś osobą opuszczającą pieczę?\n", row.Translation);
        Assert.NotNull(OfferCsv.Split(row.Translation, Offer.Find("am-i-a-care-leaver", "are-you-a-care-leaver")!.Meta.Offer.Count));
    }

    [Fact]
    public void Import_APage_RoundTripsThroughTheCsv_AsAPageFile()
    {
        var row = Row(Bursary, "ro");
        var result = Import(row with { Translation = Translated(row.English), Status = "reviewed", ReviewedBy = "I. Popescu" });
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var page = Assert.Single(result.Pages);
        Assert.Equal("education/16-to-19-bursary.ro.md", page.File);
        Assert.Equal("RO 16 to 19 Bursary and help with college costs", page.Translation.Title);
        Assert.Equal("RO A laptop for your course if you do not have one", page.Translation.Offer[3]);
        Assert.Equal((TranslationStatus.Reviewed, "I. Popescu", Today), (page.Translation.Status, page.Translation.ReviewedBy, page.Translation.ReviewedOn));
        Assert.Contains("source: " + row.SourceHash, page.Markdown);
        // The file it writes loads as the app loads it, and its words come back for the next export.
        var (again, problems) = LocalOfferLoader.ReadTranslation(page.File, page.Markdown, Offer.Pages);
        Assert.Empty(problems);
        Assert.Equal(Translated(row.English), LocalOfferLoader.SourceOf(again!.Title, again.Summary, again.Offer, again.Body));
    }

    [Fact]
    public void Import_APageThatLosesALinkOrItsLayout_SavesNothing()
    {
        var row = Row(Bursary, "ro");
        var noLink = Translated(row.English).Replace("/care-leavers/education/higher-education-bursary", "/somewhere");
        var noOffer = string.Join("\n", Translated(row.English).Split('\n').Where(l => !l.StartsWith("- RO A laptop", StringComparison.Ordinal)));
        var easy = Row(Bursary + ".easy-read", "ro");
        var result = Import(row with { Translation = noLink }, easy with { Translation = noOffer });
        Assert.Empty(result.Pages);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("must keep the English page's links to /care-leavers/education/higher-education-bursary", result.Problems[0].Message);
        Assert.Contains("must be laid out as the English is", result.Problems[1].Message);
    }

    [Fact]
    public void Import_APageWhoseEnglishChanged_IsRefused()
    {
        var row = Row(Bursary, "ro");
        var result = Import(row with { Translation = Translated(row.English), SourceHash = "0123456789ab" });
        Assert.Contains("has changed since this file was exported", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("Title\nSummary\n- a\n\nBody", 1, true)]
    [InlineData("Title\nSummary\n- a\n- b\n\nBody\n\n- a list in the body", 2, true)]
    [InlineData("Title\nSummary\n- a\nBody", 1, false)]
    [InlineData("Title\nSummary\n- a\n\n", 1, false)]
    [InlineData("Title\nSummary\na\n\nBody", 1, false)]
    public void Split_ReadsTheLayout(string text, int items, bool ok) => Assert.Equal(ok, OfferCsv.Split(text, items) is not null);
}
