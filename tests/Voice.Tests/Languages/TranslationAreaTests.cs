using Voice.Data;
using Voice.Data.Languages;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Languages;

/// <summary>
/// The same English in two content files, in two registers: a text looked up by its English (a
/// GOV.UK component's label, a validation message) takes the words of the page's own area, not of
/// whichever file was loaded first.
/// </summary>
public class TranslationAreaTests
{
    static TranslationCatalog TwoFiles()
    {
        var english = new Dictionary<string, string> { ["a.start"] = "Start now", ["b.start"] = "Start now" };
        var polish = new Dictionary<string, Translation>
        {
            ["a.start"] = new("Zacznij", TranslationStatus.Draft, TranslationText.Hash("Start now")),
            ["b.start"] = new("Zacznij teraz", TranslationStatus.Draft, TranslationText.Hash("Start now")),
        };
        return new TranslationCatalog(english, new Dictionary<string, IReadOnlyDictionary<string, Translation>> { ["pl"] = polish },
            new Dictionary<string, string> { ["a.start"] = "careleavers", ["b.start"] = "complaints" });
    }

    [Fact]
    public void Translate_PrefersThePagesOwnFile_ThenTheFirstFile()
    {
        var catalog = TwoFiles();
        Assert.Equal("Zacznij teraz", catalog.Translate("pl", "Start now", "complaints").Text);
        Assert.Equal("Zacznij", catalog.Translate("pl", "Start now", "careleavers").Text);
        Assert.Equal("Zacznij", catalog.Translate("pl", "Start now").Text);
        Assert.Equal("Zacznij", catalog.Translate("pl", "Start now", "views").Text);
        Assert.Equal(("Not in the catalog", "en"), (catalog.Translate("pl", "Not in the catalog", "complaints") is var t ? (t.Text, t.Language) : default));
    }

    [Fact]
    public async Task ComplaintStartButton_InPolish_IsTheComplaintsWords_NotTheCareLeaversFirstLoadedOnes()
    {
        var catalog = TranslationFiles.Load(Path.Combine(TestPaths.Content, "translations"));
        // The real files hold "Start now" in careleavers.json (loaded first) and complaints.json, in different words.
        Assert.NotEqual(catalog.Get("pl", "checker.start.button").Text, catalog.Get("pl", "complaints.start.button").Text);
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var page = await PageClient.For(app).GetAsync("/complaints/new?lang=pl");
        Assert.Equal(catalog.Get("pl", "complaints.start.button").Text, page.Document.QuerySelector("main form button")!.TextContent.Trim());
    }

    [Fact]
    public async Task CheckAnswers_InLithuanian_NamesTheEmailRow_NotTheEmailChoice()
    {
        // "Email" is both a contact choice ("El. paštu", by email) and a check-answers row ("El. paštas") in complaints.json.
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=lt");
        var check = (await ComplaintKit.SubmitOnlineAsync(client, send: false)).Confirmation;
        var keys = check.Document.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        Assert.Contains("El. paštas", keys);
        Assert.Contains("Telefonas", keys);
        Assert.DoesNotContain("El. paštu", keys);
    }
}
