using Voice.Data.Feedback;
using Voice.Data.Languages;

namespace Voice.Tests.Languages;

public class TranslationRulesTests
{
    static readonly Dictionary<string, string> English = new()
    {
        ["a"] = "Make a complaint",
        ["b"] = "Your reference is {0}",
        ["c"] = "Track a complaint",
    };

    static TranslationCatalog Catalog(params (string Lang, string Key, Translation T)[] entries) =>
        new(English, entries.GroupBy(e => e.Lang).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<string, Translation>)g.ToDictionary(e => e.Key, e => e.T)));

    static Translation Draft(string key, string text) => new(text, TranslationStatus.Draft, TranslationText.Hash(English[key]));

    [Fact]
    public void Get_Draft_IsUsed_AndMarkedUnchecked()
    {
        var text = Catalog(("pl", "a", Draft("a", "Złóż skargę"))).Get("pl", "a");
        Assert.Equal(new TranslatedText("Złóż skargę", "pl", TranslationState.Draft), text);
        Assert.True(text.Unchecked);
    }

    [Fact]
    public void Get_Missing_FallsBackToEnglish()
    {
        var text = Catalog(("pl", "a", Draft("a", "Złóż skargę"))).Get("pl", "c");
        Assert.Equal(new TranslatedText("Track a complaint", "en", TranslationState.Missing), text);
    }

    [Fact]
    public void Get_EnglishChangedSinceTranslation_NeedsReview_AndShowsEnglish()
    {
        var stale = new Translation("Złóż skargę", TranslationStatus.Reviewed, TranslationText.Hash("Make a complaint now"), "A. Nowak", new DateOnly(2026, 11, 1));
        var catalog = Catalog(("pl", "a", stale));
        Assert.Equal(TranslationState.NeedsReview, catalog.StateOf("pl", "a"));
        Assert.Equal(new TranslatedText("Make a complaint", "en", TranslationState.NeedsReview), catalog.Get("pl", "a"));
    }

    [Fact]
    public void Get_Reviewed_IsUsed_NotUnchecked()
    {
        var reviewed = new Translation("Złóż skargę", TranslationStatus.Reviewed, TranslationText.Hash("Make a complaint"), "A. Nowak", new DateOnly(2026, 11, 1));
        var text = Catalog(("pl", "a", reviewed)).Get("pl", "a");
        Assert.Equal(TranslationState.Reviewed, text.State);
        Assert.False(text.Unchecked);
    }

    [Fact]
    public void Translate_MatchesByEnglish_OtherTextStaysEnglish()
    {
        var catalog = Catalog(("pl", "a", Draft("a", "Złóż skargę")));
        Assert.Equal("Złóż skargę", catalog.Translate("pl", "Make a complaint").Text);
        Assert.Equal("Enter your name", catalog.Translate("pl", "Enter your name").Text);
    }

    [Fact]
    public void Coverage_CountsEachState()
    {
        var stale = new Translation("x", TranslationStatus.Draft, TranslationText.Hash("old"));
        var coverage = Catalog(("pl", "a", Draft("a", "Złóż skargę")), ("pl", "b", stale)).Coverage("pl");
        Assert.Equal((3, 0, 1, 1, 1, 33), (coverage.Total, coverage.Reviewed, coverage.Draft, coverage.NeedsReview, coverage.Missing, coverage.PercentTranslated));
    }

    [Fact]
    public void Hash_IgnoresLineEndings_ButNotWords()
    {
        Assert.Equal(TranslationText.Hash("a\nb"), TranslationText.Hash("a\r\nb"));
        Assert.NotEqual(TranslationText.Hash("a b"), TranslationText.Hash("a c"));
        Assert.Matches("^[0-9a-f]{12}$", TranslationText.Hash("x"));
    }

    [Fact]
    public void Load_TheShippedTranslations_AreValid_AndEveryPolishComplaintTextIsThere()
    {
        var catalog = TranslationFiles.Load(Path.Combine(TestPaths.Content, "translations"));
        foreach (var key in catalog.English.Keys.Where(k => k.StartsWith("complaints.") || k.StartsWith("home.") || k.StartsWith("layout.")))
            Assert.NotEqual(TranslationState.Missing, catalog.StateOf("pl", key));
    }

    [Fact]
    public void Load_UnknownKey_NamesFileAndKey()
    {
        var dir = Folder(("en/a.json", """{"x": "Hello"}"""), ("pl/a.json", """{"y": {"text": "Cześć", "status": "draft", "source": "000000000000"}}"""));
        var e = Assert.Throws<ContentValidationException>(() => TranslationFiles.Load(dir));
        Assert.Equal("translations/pl/a.json: $.y: there is no English text with this key", e.Message);
    }

    [Theory]
    [InlineData("""{"text": "Cześć {0}", "status": "done", "source": "000000000000"}""", "$.x.status")]
    [InlineData("""{"text": "Cześć {0}", "status": "reviewed", "source": "000000000000"}""", "$.x")]
    [InlineData("""{"text": "Cześć {0}", "status": "draft", "source": "abc"}""", "$.x.source")]
    [InlineData("""{"text": "Cześć", "status": "draft", "source": "000000000000"}""", "$.x.text")]
    public void Load_BadEntry_IsRefused(string entry, string path)
    {
        var dir = Folder(("en/a.json", """{"x": "Hello {0}"}"""), ("pl/a.json", "{\"x\": " + entry + "}"));
        var e = Assert.Throws<ContentValidationException>(() => TranslationFiles.Load(dir));
        Assert.Equal(path, e.JsonPath);
    }

    [Fact]
    public void Load_UnsupportedLanguageFolder_IsRefused()
    {
        var dir = Folder(("en/a.json", """{"x": "Hello"}"""), ("fr/a.json", "{}"));
        Assert.Contains("\"fr\" is not a supported language", Assert.Throws<ContentValidationException>(() => TranslationFiles.Load(dir)).Message);
    }

    [Fact]
    public void Write_ThenLoad_RoundTrips()
    {
        var dir = Folder(("en/a.json", """{"x": "Hello", "y": "Bye"}"""));
        var catalog = TranslationFiles.Load(dir).With([("ur", "y", new Translation("خدا حافظ", TranslationStatus.Reviewed, TranslationText.Hash("Bye"), "S. Khan", new DateOnly(2026, 11, 26)))]);
        TranslationFiles.Write(dir, catalog, "ur", ["y"]);
        var again = TranslationFiles.Load(dir);
        Assert.Equal(catalog.Find("ur", "y"), again.Find("ur", "y"));
        Assert.Equal(TranslationState.Reviewed, again.StateOf("ur", "y"));
        Assert.Equal(TranslationState.Missing, again.StateOf("ur", "x"));
    }

    internal static string Folder(params (string Path, string Text)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("voice-translations-").FullName;
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }
        return dir;
    }
}
