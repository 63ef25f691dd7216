using System.Text;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Languages;

namespace Voice.Tests.Languages;

/// <summary>Questionnaires in the translator's CSV (read from the shipped files; nothing is written).</summary>
public class TranslationCsvQuestionnaireTests
{
    static readonly DateOnly Today = new(2026, 11, 28);
    static readonly string Folder = Path.Combine(TestPaths.Content, "questionnaires");
    static readonly QuestionnaireCatalog Questionnaires = QuestionnaireLoader.LoadDirectory(Folder);
    static readonly TranslationSources Sources = new(new TranslationCatalog(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, Translation>>()), Questionnaires, Folder);

    static IReadOnlyList<TranslationRow> Rows(string id, string language) =>
        QuestionnaireCsv.ToDo(Questionnaires, language).Where(r => r.Key.StartsWith($"questionnaire:{id}:", StringComparison.Ordinal)).ToList();

    static ImportResult Import(IEnumerable<TranslationRow> rows)
    {
        var writer = new StringWriter();
        TranslationCsv.Write(writer, rows);
        return TranslationCsv.Read(new StringReader(writer.ToString()), Sources, Today);
    }

    [Fact]
    public void ToDo_ListsEveryTextOfAQuestionnaireALanguageLacks_WithItsFingerprint()
    {
        var q = Questionnaires.Get("after-cin-review");
        var rows = Rows("after-cin-review", "pl");
        Assert.Equal(q.Translations.Texts.Count, rows.Count);
        Assert.Equal("questionnaire:after-cin-review:$.title", rows[0].Key);
        Assert.Equal("How is the help going?", rows[0].English);
        Assert.All(rows, r => Assert.Equal((q.Translations.Fingerprint, "", "missing"), (r.SourceHash, r.Translation, r.State)));
        Assert.Contains(rows, r => r.Key == "questionnaire:after-cin-review:$.sections[0].questions[0].labels[0]");
    }

    [Fact]
    public void ToDo_ADraftQuestionnaire_ComesWithItsTranslation()
    {
        var title = Rows("lac-review-11-17", "pl").First();
        Assert.Equal(("Mój przegląd: moje zdanie", "draft", "draft"), (title.Translation, title.Status, title.State));
    }

    [Fact]
    public void ToDo_FixedFaceLabels_AreTextsToTranslate_EvenWhenTheFileHasNone()
    {
        var rows = Rows("lac-review-8-11", "ro");
        Assert.Contains(rows, r => r.Key.EndsWith(".optionLabels['really-happy']", StringComparison.Ordinal) && r.English == "Really happy");
    }

    [Fact]
    public void Import_ANewLanguage_WithEveryText_MakesADraftQuestionnaireInIt()
    {
        var result = Import(Rows("lac-review-8-11", "ro").Select(r => r with { Translation = "RO " + r.English }));
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var imported = Assert.Single(result.Questionnaires);
        var q = imported.Definition;
        Assert.Equal(TranslationState.Draft, q.Translations.StateOf("ro"));
        Assert.Equal(Questionnaires.Get("lac-review-8-11").Translations.Fingerprint, q.Translations.Fingerprint);
        Assert.Equal("RO " + q.Title.En, q.Title.Get("ro"));
        Assert.Equal("RO Really happy", q.Sections.SelectMany(s => s.Questions).First(x => x.Type == QuestionType.Faces).Options[0].Label.Get("ro"));
        Assert.Equal([("ro", q.Translations.Texts.Count)], imported.Languages);
        Assert.Equal(q.Translations.Texts.Count, result.Count);
    }

    [Fact]
    public void Import_ALanguageItHas_MayBringOneText_Reviewed()
    {
        var rows = Rows("lac-review-11-17", "pl");
        var result = Import([rows[0] with { Translation = "Mój przegląd", Status = "reviewed", ReviewedBy = "A. Nowak" }]);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var q = Assert.Single(result.Questionnaires).Definition;
        Assert.Equal("Mój przegląd", q.Title.Get("pl"));
        Assert.Equal(TranslationState.Reviewed, q.Translations.StateOf("pl"));
        Assert.Equal("A. Nowak", q.Translations.ByLanguage["pl"].ReviewedBy);
        Assert.Equal(Today, q.Translations.ByLanguage["pl"].ReviewedOn);
        Assert.Equal(TranslationState.Draft, q.Translations.StateOf("lt"));
    }

    [Fact]
    public void Import_ANewLanguage_WithATextMissing_SavesNothing()
    {
        var rows = Rows("after-cin-review", "pl").Select(r => r with { Translation = "PL " + r.English }).ToList();
        var result = Import(rows.Skip(1));
        Assert.False(result.Ok);
        Assert.Empty(result.Questionnaires);
        Assert.Contains("is new, so every one of its texts must be translated: 1 is missing, the first is \"questionnaire:after-cin-review:$.title\"", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Import_BadLines_AreEachNamed_AndNothingIsKept()
    {
        var rows = Rows("lac-review-11-17", "pl");
        var result = Import([
            rows[0] with { Translation = "A", Status = "reviewed", ReviewedBy = "A. Nowak" },
            rows[1] with { Translation = "B" },                                       // line 3: another status
            rows[2] with { Translation = "C", SourceHash = "000000000000" },          // line 4: English changed
            rows[3] with { Key = "questionnaire:lac-review-11-17:$.nothing", Translation = "D" }, // line 5: no such text
            rows[4] with { Translation = "E", Status = "reviewed" },                  // line 6: no reviewer
        ]);
        Assert.False(result.Ok);
        Assert.Empty(result.Questionnaires);
        Assert.Equal([3, 4, 5, 6], result.Problems.Select(p => p.Line));
        Assert.Contains("must have the same status", result.Problems[0].Message);
        Assert.Contains("has changed since this file was exported", result.Problems[1].Message);
        Assert.Contains("is not the key of any English text", result.Problems[2].Message);
        Assert.Contains("Enter who reviewed", result.Problems[3].Message);
    }

    [Fact]
    public void Import_ATextTooLongForItsField_IsRefusedByTheLoadersRules()
    {
        var title = Rows("lac-review-11-17", "pl")[0];
        var result = Import([title with { Translation = new string('x', QuestionnaireLoader.TitleMax + 1) }]);
        Assert.Contains("cannot be used", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Apply_WritesTheTextBesideTheEnglish_AndTheStatus()
    {
        var json = "{\"id\":\"x\",\"title\":\"Hello\",\"languages\":[\"en\"],\"sections\":[{\"questions\":[{\"type\":\"faces\"}]}]}";
        var result = QuestionnaireCsv.Apply(json, "pl", new Dictionary<string, (string, string)>
        {
            ["$.title"] = ("Hello", "Cześć"),
            ["$.sections[0].questions[0].optionLabels['really-happy']"] = ("Really happy", "Bardzo szczęśliwy"),
        }, new Translation("", TranslationStatus.Draft, "abcdefabcdef"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(result)!;
        Assert.Equal("Cześć", (string)node["title"]!["pl"]!);
        Assert.Equal("Hello", (string)node["title"]!["en"]!);
        Assert.Equal("Bardzo szczęśliwy", (string)node["sections"]![0]!["questions"]![0]!["optionLabels"]!["really-happy"]!["pl"]!);
        Assert.Equal("[\"en\",\"pl\"]", node["languages"]!.ToJsonString());
        Assert.Equal("{\"status\":\"draft\",\"source\":\"abcdefabcdef\"}", node["translations"]!["pl"]!.ToJsonString());
        Assert.Contains("Cześć", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(result)));
    }
}
