using System.Text;
using System.Text.Json.Nodes;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Questionnaires;
using static Voice.Tests.Feedback.Questionnaires.QuestionnaireTestJson;

namespace Voice.Tests.Feedback.Questionnaires;

/// <summary>The shipped questionnaires load, versions are stable, and translations are read.</summary>
public class QuestionnaireLoaderTests
{
    static readonly string Folder = Path.Combine(TestPaths.Content, "questionnaires");

    public static TheoryData<string> ShippedFiles() => [.. Directory.GetFiles(Folder, "*.json").Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedDefinition_LoadsAndValidates(string file)
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, file));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), definition.Id);
        Assert.Matches("^[0-9a-f]{12}$", definition.Version);
        Assert.NotEmpty(definition.Questions);
        Assert.False(string.IsNullOrWhiteSpace(definition.SafetyNotice.En));
    }

    [Fact]
    public void ShippedCatalog_CoversEveryJourneyTheBriefNames()
    {
        var catalog = QuestionnaireLoader.LoadDirectory(Folder);
        Assert.Equal(11, catalog.All.Count);
        Assert.Contains(catalog.All, q => q.Id == "after-complaint");
        Assert.Equal("lac-review-8-11", Assert.Single(catalog.For(QuestionnaireEventTypes.LookedAfterReview, Audience.YoungPerson, 9)).Id);
        Assert.Equal("lac-review-11-17", Assert.Single(catalog.For(QuestionnaireEventTypes.LookedAfterReview, Audience.YoungPerson, 15)).Id);
        Assert.Equal(2, catalog.For(QuestionnaireEventTypes.LookedAfterReview, Audience.YoungPerson, 11).Count);
        Assert.Single(catalog.For(QuestionnaireEventTypes.PathwayPlanReview, Audience.YoungPerson, 17));
        Assert.Single(catalog.For(QuestionnaireEventTypes.ChildProtectionConference, Audience.YoungPerson, 10));
        Assert.Single(catalog.For(QuestionnaireEventTypes.ChildProtectionConference, Audience.Parent));
        Assert.Single(catalog.For(QuestionnaireEventTypes.LookedAfterReview, Audience.FosterCarer));
        Assert.Single(catalog.For(QuestionnaireEventTypes.AssessmentClosed, Audience.Parent));
        Assert.Single(catalog.For(QuestionnaireEventTypes.ChildInNeedReview, Audience.Parent));
        Assert.Single(catalog.For(QuestionnaireEventTypes.ChildProtectionPlanEnded, Audience.Parent));
        Assert.Single(catalog.For(QuestionnaireEventTypes.MissingReturnInterview, Audience.YoungPerson, 14));
    }

    [Fact]
    public void YoungerChildrensReview_IsShort_WithFacesAndReadAloud()
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, "lac-review-8-11.json"));
        var unconditional = definition.Questions.Where(q => q.Condition is null).ToList();
        Assert.InRange(unconditional.Count, 11, 15);
        Assert.All(definition.Questions, q => Assert.NotNull(q.ReadAloud));
        Assert.True(definition.Questions.Count(q => q.Type == QuestionType.Faces) >= 4);
        Assert.Equal(new AgeBand(8, 11), definition.AgeBand);
    }

    [Fact]
    public void YoungPeoplesReviews_AskTheMeetingQuestions()
    {
        foreach (var id in new[] { "lac-review-8-11", "lac-review-11-17", "pathway-plan-16-plus" })
        {
            var definition = QuestionnaireLoader.Load(Path.Combine(Folder, id + ".json"));
            var attend = definition.Questions[0];
            Assert.Equal(QuestionType.SingleChoice, attend.Type);
            Assert.Equal(["all", "part", "not", "not-sure"], attend.Options.Select(o => o.Value));
            Assert.Contains(definition.Questions, q => q.Type == QuestionType.PeopleList);
            Assert.Contains(definition.Questions, q => q.Options.Any(o => o.Value == "advocate"));
        }
    }

    [Fact]
    public void Faces_AreTheFixedFive_WithScores()
    {
        var feel = Parse(Minimal()).Find("feel")!;
        Assert.Equal(["really-happy", "happy", "ok", "sad", "really-sad"], feel.Options.Select(o => o.Value));
        Assert.Equal(["Really happy", "Happy", "OK", "Sad", "Really sad"], feel.Options.Select(o => o.Label.En));
        Assert.Equal([5, 4, 3, 2, 1], feel.Options.Select(o => o.Score!.Value));
    }

    [Fact]
    public void Rating_HasValuesOneToFive()
    {
        var score = Parse(Minimal()).Find("score")!;
        Assert.Equal(["1", "2", "3", "4", "5"], score.Options.Select(o => o.Value));
    }

    [Fact]
    public void Version_IsStable_IgnoresLineEndingsAndBom_AndChangesWithContent()
    {
        var text = Minimal().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var lf = QuestionnaireLoader.Parse(FileName, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))).Version;
        var crlf = QuestionnaireLoader.Parse(FileName, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).Version;
        var bom = QuestionnaireLoader.Parse(FileName, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))]).Version;
        Assert.Equal(lf, crlf);
        Assert.Equal(lf, bom);

        var changed = Minimal();
        changed["title"] = "Test!";
        var changedText = changed.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n");
        Assert.NotEqual(lf, QuestionnaireLoader.Parse(FileName, Encoding.UTF8.GetBytes(changedText)).Version);
    }

    [Fact]
    public void Version_IsFirst12HexOfSha256()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal().ToJsonString());
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];
        Assert.Equal(expected, QuestionnaireLoader.Parse(FileName, bytes).Version);
    }

    [Fact]
    public void Translations_AreReadAndFallBackToEnglish()
    {
        var json = Minimal();
        json["languages"] = new JsonArray("en", "cy");
        json["title"] = JsonNode.Parse("""{ "en": "My review", "cy": "Fy adolygiad" }""");
        foreach (var field in new[] { "intro", "safetyNotice" }) json[field] = JsonNode.Parse($$"""{ "en": "x", "cy": "y" }""");
        foreach (var section in json["sections"]!.AsArray())
        {
            section!["title"] = JsonNode.Parse("""{ "en": "x", "cy": "y" }""");
            foreach (var question in section["questions"]!.AsArray())
            {
                question!["text"] = JsonNode.Parse("""{ "en": "x", "cy": "y" }""");
                if (question["errorMessage"] is not null) question["errorMessage"] = JsonNode.Parse("""{ "en": "Select", "cy": "Dewiswch" }""");
                foreach (var option in question["options"]?.AsArray() ?? []) option!["label"] = JsonNode.Parse("""{ "en": "x", "cy": "y" }""");
                if (question["labels"] is JsonArray labels)
                    question["labels"] = new JsonArray([.. labels.Select(_ => JsonNode.Parse("""{ "en": "x", "cy": "y" }"""))]);
                if ((string?)question["type"] == "faces")
                    question["optionLabels"] = new JsonObject(QuestionnaireLoader.Faces.Select(f =>
                        KeyValuePair.Create(f.Value, JsonNode.Parse($$"""{ "en": "{{f.Label}}", "cy": "{{f.Label}} (cy)" }"""))));
            }
        }
        json["translations"] = JsonNode.Parse("""{ "cy": { "status": "draft", "source": "000000000000" } }""");
        var definition = Parse(json);
        Assert.Equal(["en", "cy"], definition.Languages);
        Assert.Equal("Fy adolygiad", definition.Title.Get("cy"));
        Assert.Equal("My review", definition.Title.Get("fr"));
        Assert.Equal("Dewiswch", QuestionnaireFlow.Check(definition.Find("come")!, [], "cy").Error);
        Assert.Equal("Really sad (cy)", definition.Find("feel")!.Option("really-sad")!.Label.Get("cy"));
    }

    [Fact]
    public void TranslatedQuestionnaire_MustTranslateTheFixedFaces()
    {
        var e = Fails(j =>
        {
            j["languages"] = new JsonArray("en", "cy");
            var both = () => JsonNode.Parse("""{ "en": "x", "cy": "y" }""");
            foreach (var field in new[] { "title", "intro", "safetyNotice" }) j[field] = both();
            foreach (var section in j["sections"]!.AsArray())
            {
                section!["title"] = both();
                foreach (var question in section["questions"]!.AsArray())
                {
                    question!["text"] = both();
                    if (question["errorMessage"] is not null) question["errorMessage"] = both();
                    foreach (var option in question["options"]?.AsArray() ?? []) option!["label"] = both();
                }
            }
            Q(j, 1, 0)["optionLabels"] = JsonNode.Parse("""{ "happy": { "en": "Happy", "cy": "Hapus" } }""");
        });
        Assert.Equal("$.sections[1].questions[0].optionLabels", e.JsonPath);
        Assert.Contains("really-happy, ok, sad, really-sad", e.Message);
    }
}
