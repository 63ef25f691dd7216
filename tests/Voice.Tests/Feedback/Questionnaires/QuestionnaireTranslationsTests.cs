using System.Text;
using System.Text.Json.Nodes;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Languages;

namespace Voice.Tests.Feedback.Questionnaires;

/// <summary>
/// A questionnaire's languages carry a status and the English fingerprint they were made from
/// (issue 15); the catalog's rules decide what is shown.
/// </summary>
public class QuestionnaireTranslationsTests
{
    static readonly string Folder = Path.Combine(TestPaths.Content, "questionnaires");
    static readonly string[] Six = ["pl", "lt", "ro", "pt", "ur", "ar"];

    static JsonObject Json(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();

    static QuestionnaireDefinition Parse(JsonObject json) =>
        QuestionnaireLoader.Parse("test.json", Encoding.UTF8.GetBytes(json.ToJsonString()));

    [Theory]
    [InlineData("lac-review-11-17.json")]
    [InlineData("cp-conference-parent.json")]
    [InlineData("after-assessment.json")]
    public void ShippedTranslations_AreDraftsOfTheEnglishAsItIsNow_InAllSixLanguages(string file)
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, file));
        Assert.Equal(["en", .. Six], definition.Languages);
        foreach (var language in Six)
        {
            Assert.True(definition.Translations.StateOf(language) == TranslationState.Draft,
                $"{file} {language}: {definition.Translations.StateOf(language)}; the English's fingerprint is now {definition.Translations.Fingerprint}");
            Assert.Equal(language, definition.Translations.ShownIn(language));
        }
        Assert.Equal("en", definition.Translations.ShownIn("cy"));
    }

    [Fact]
    public void EnglishChanged_EveryLanguageNeedsReview_AndTheEnglishIsShown()
    {
        var json = Json("lac-review-11-17.json");
        var first = json["sections"]![0]!["questions"]![0]!;
        first["text"]!["en"] = "Do you want to come to your review?";
        var definition = Parse(json);

        Assert.Equal(TranslationState.NeedsReview, definition.Translations.StateOf("pl"));
        Assert.Equal("en", definition.Translations.ShownIn("pl"));
        Assert.Equal("en", definition.Translations.ShownIn("ur"));
        // The Polish words are still in the file, for the translator to check against the new English.
        Assert.StartsWith("Czy chcesz", definition.Find("attend")!.Text.Get("pl"));
    }

    [Fact]
    public void Reviewed_IsShown_AndNeedsWhoAndWhen()
    {
        var json = Json("cp-conference-parent.json");
        json["translations"]!["pl"]!["status"] = "reviewed";
        var e = Assert.Throws<ContentValidationException>(() => Parse(json));
        Assert.Equal("$.translations.pl", e.JsonPath);
        Assert.Contains("reviewedBy", e.Message);

        json["translations"]!["pl"]!["reviewedBy"] = "Ania Nowak";
        json["translations"]!["pl"]!["reviewedOn"] = "2026-11-26";
        var definition = Parse(json);
        Assert.Equal(TranslationState.Reviewed, definition.Translations.StateOf("pl"));
        Assert.Equal("Ania Nowak", definition.Translations.ByLanguage["pl"].ReviewedBy);
    }

    [Fact]
    public void ALanguageWithoutItsStatus_StopsTheLoad()
    {
        var json = Json("cp-conference-parent.json");
        json["translations"]!.AsObject().Remove("ur");
        var e = Assert.Throws<ContentValidationException>(() => Parse(json));
        Assert.Equal("$.translations", e.JsonPath);
        Assert.Contains("ur", e.Message);

        json = Json("cp-conference-parent.json");
        json["translations"]!["pl"]!["source"] = "not-a-hash";
        Assert.Equal("$.translations.pl.source", Assert.Throws<ContentValidationException>(() => Parse(json)).JsonPath);
    }
}
