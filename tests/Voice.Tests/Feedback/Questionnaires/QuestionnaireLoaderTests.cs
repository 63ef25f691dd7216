using System.Text;
using System.Text.Json.Nodes;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Tests.Feedback.Questionnaires;

public class QuestionnaireLoaderTests
{
    internal const string File = "test-questionnaire.json";
    static readonly string Folder = Path.Combine(TestPaths.Content, "questionnaires");

    /// <summary>A small valid definition that each bad case changes in one place.</summary>
    internal static JsonObject Minimal() => JsonNode.Parse("""
        {
          "id": "test",
          "title": "Test",
          "audience": "young-person",
          "ageBand": "8-11",
          "eventTypes": ["looked-after-review"],
          "intro": "Intro",
          "safetyNotice": "If you tell us you are not safe we must share it.",
          "sections": [
            {
              "id": "one",
              "title": "One",
              "questions": [
                { "id": "come", "type": "single-choice", "text": "Do you want to come?", "required": true,
                  "errorMessage": "Select if you want to come",
                  "options": [ { "value": "yes", "label": "Yes" }, { "value": "no", "label": "No" } ] },
                { "id": "why-not", "type": "long-text", "text": "Why not?", "required": false, "maxLength": 100,
                  "condition": { "question": "come", "equals": "no" } }
              ]
            },
            {
              "id": "two",
              "title": "Two",
              "questions": [
                { "id": "feel", "type": "faces", "text": "How do you feel?", "required": false },
                { "id": "help", "type": "multiple-choice", "text": "What would help?", "required": false,
                  "options": [ { "value": "a", "label": "A" }, { "value": "b", "label": "B" }, { "value": "none", "label": "None", "exclusive": true } ] },
                { "id": "score", "type": "rating", "text": "Score?", "required": false, "labels": ["1", "2", "3", "4", "5"] },
                { "id": "who", "type": "people-list", "text": "Who?", "required": false, "maxItems": 2, "maxLength": 10 }
              ]
            }
          ]
        }
        """)!.AsObject();

    internal static QuestionnaireDefinition Parse(JsonNode node) =>
        QuestionnaireLoader.Parse(File, Encoding.UTF8.GetBytes(node.ToJsonString()));

    static ContentValidationException Fails(Action<JsonObject> change)
    {
        var json = Minimal();
        change(json);
        var e = Assert.Throws<ContentValidationException>(() => Parse(json));
        Assert.Equal(File, e.File);
        Assert.StartsWith($"{File}: {e.JsonPath}: ", e.Message);
        return e;
    }

    static JsonNode Q(JsonObject json, int section, int question) => json["sections"]![section]!["questions"]![question]!;

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
        var lf = QuestionnaireLoader.Parse(File, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))).Version;
        var crlf = QuestionnaireLoader.Parse(File, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).Version;
        var bom = QuestionnaireLoader.Parse(File, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))]).Version;
        Assert.Equal(lf, crlf);
        Assert.Equal(lf, bom);

        var changed = Minimal();
        changed["title"] = "Test!";
        var changedText = changed.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n");
        Assert.NotEqual(lf, QuestionnaireLoader.Parse(File, Encoding.UTF8.GetBytes(changedText)).Version);
    }

    [Fact]
    public void Version_IsFirst12HexOfSha256()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal().ToJsonString());
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];
        Assert.Equal(expected, QuestionnaireLoader.Parse(File, bytes).Version);
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

    // Bad definitions: each names the file and the JSON path of the field at fault.

    [Fact]
    public void DuplicateQuestionId_AcrossSections() =>
        Assert.Equal("$.sections[1].questions[0].id", Fails(j => Q(j, 1, 0)["id"] = "come").JsonPath);

    [Fact]
    public void DuplicateSectionId() =>
        Assert.Equal("$.sections[1].id", Fails(j => j["sections"]![1]!["id"] = "one").JsonPath);

    [Fact]
    public void UnknownType()
    {
        var e = Fails(j => Q(j, 1, 0)["type"] = "smileys");
        Assert.Equal("$.sections[1].questions[0].type", e.JsonPath);
        Assert.Contains("faces", e.Message);
    }

    [Fact]
    public void ChoiceWithoutOptions() =>
        Assert.Equal("$.sections[0].questions[0].options", Fails(j => Q(j, 0, 0).AsObject().Remove("options")).JsonPath);

    [Fact]
    public void ChoiceWithOneOption() =>
        Assert.Equal("$.sections[0].questions[0].options",
            Fails(j => Q(j, 0, 0)["options"] = JsonNode.Parse("""[ { "value": "yes", "label": "Yes" } ]""")).JsonPath);

    [Fact]
    public void DuplicateOptionValue() =>
        Assert.Equal("$.sections[0].questions[0].options[1].value", Fails(j => Q(j, 0, 0)["options"]![1]!["value"] = "yes").JsonPath);

    [Fact]
    public void OptionValueNotAnId() =>
        Assert.Equal("$.sections[0].questions[0].options[1].value", Fails(j => Q(j, 0, 0)["options"]![1]!["value"] = "No way").JsonPath);

    [Fact]
    public void ExclusiveOnSingleChoice() =>
        Assert.Equal("$.sections[0].questions[0].options[0].exclusive", Fails(j => Q(j, 0, 0)["options"]![0]!["exclusive"] = true).JsonPath);

    [Fact]
    public void OptionsOnFaces() =>
        Assert.Equal("$.sections[1].questions[0].options",
            Fails(j => Q(j, 1, 0)["options"] = JsonNode.Parse("""[ { "value": "a", "label": "A" }, { "value": "b", "label": "B" } ]""")).JsonPath);

    [Fact]
    public void RatingWithFourLabels() =>
        Assert.Equal("$.sections[1].questions[2].labels", Fails(j => Q(j, 1, 2)["labels"] = new JsonArray("1", "2", "3", "4")).JsonPath);

    [Fact]
    public void ConditionOnALaterQuestion()
    {
        var e = Fails(j => Q(j, 0, 1)["condition"] = JsonNode.Parse("""{ "question": "feel", "equals": "sad" }"""));
        Assert.Equal("$.sections[0].questions[1].condition.question", e.JsonPath);
        Assert.Contains("earlier", e.Message);
    }

    [Fact]
    public void ConditionOnAnUnknownQuestion() =>
        Assert.Equal("$.sections[0].questions[1].condition.question",
            Fails(j => Q(j, 0, 1)["condition"]!["question"] = "nope").JsonPath);

    [Fact]
    public void ConditionOnItself() =>
        Assert.Equal("$.sections[0].questions[1].condition.question",
            Fails(j => Q(j, 0, 1)["condition"]!["question"] = "why-not").JsonPath);

    [Fact]
    public void ConditionOnATextQuestion()
    {
        var e = Fails(j => Q(j, 1, 0)["condition"] = JsonNode.Parse("""{ "question": "why-not", "equals": "x" }"""));
        Assert.Equal("$.sections[1].questions[0].condition.question", e.JsonPath);
        Assert.Contains("long-text", e.Message);
    }

    [Fact]
    public void ConditionValueNotAnOption() =>
        Assert.Equal("$.sections[0].questions[1].condition.equals", Fails(j => Q(j, 0, 1)["condition"]!["equals"] = "maybe").JsonPath);

    [Fact]
    public void ConditionInValueNotAnOption() =>
        Assert.Equal("$.sections[1].questions[1].condition.in",
            Fails(j => Q(j, 1, 1)["condition"] = JsonNode.Parse("""{ "question": "feel", "in": ["sad", "grumpy"] }""")).JsonPath);

    [Fact]
    public void ConditionWithEqualsAndIn() =>
        Assert.Equal("$.sections[0].questions[1].condition",
            Fails(j => Q(j, 0, 1)["condition"]!["in"] = new JsonArray("no")).JsonPath);

    [Fact]
    public void LongTextWithoutMaxLength() =>
        Assert.Equal("$.sections[0].questions[1].maxLength", Fails(j => Q(j, 0, 1).AsObject().Remove("maxLength")).JsonPath);

    [Fact]
    public void MaxLengthTooBig() =>
        Assert.Equal("$.sections[0].questions[1].maxLength", Fails(j => Q(j, 0, 1)["maxLength"] = 20000).JsonPath);

    [Fact]
    public void MaxLengthOnAChoice() =>
        Assert.Equal("$.sections[0].questions[0].maxLength", Fails(j => Q(j, 0, 0)["maxLength"] = 20).JsonPath);

    [Fact]
    public void QuestionTextTooLong()
    {
        var e = Fails(j => Q(j, 0, 0)["text"] = new string('a', 251));
        Assert.Equal("$.sections[0].questions[0].text", e.JsonPath);
        Assert.Contains("250 characters or fewer", e.Message);
    }

    [Fact]
    public void RequiredWithoutErrorMessage() =>
        Assert.Equal("$.sections[0].questions[0].errorMessage", Fails(j => Q(j, 0, 0).AsObject().Remove("errorMessage")).JsonPath);

    [Fact]
    public void RequiredFlagMissing() =>
        Assert.Equal("$.sections[1].questions[0].required", Fails(j => Q(j, 1, 0).AsObject().Remove("required")).JsonPath);

    [Fact]
    public void UnknownQuestionField()
    {
        var e = Fails(j => Q(j, 0, 0)["requred"] = true);
        Assert.Equal("$.sections[0].questions[0].requred", e.JsonPath);
        Assert.Contains("unknown field", e.Message);
    }

    [Fact]
    public void SectionWithoutQuestions() =>
        Assert.Equal("$.sections[1].questions", Fails(j => j["sections"]![1]!["questions"] = new JsonArray()).JsonPath);

    [Fact]
    public void YoungPersonWithoutAgeBand() =>
        Assert.Equal("$.ageBand", Fails(j => j.Remove("ageBand")).JsonPath);

    [Theory]
    [InlineData("11-8")]
    [InlineData("eight")]
    [InlineData("8-30")]
    public void BadAgeBand(string band) => Assert.Equal("$.ageBand", Fails(j => j["ageBand"] = band).JsonPath);

    [Fact]
    public void UnknownEventType() =>
        Assert.Equal("$.eventTypes[0]", Fails(j => j["eventTypes"] = new JsonArray("review")).JsonPath);

    [Fact]
    public void UnknownAudience() =>
        Assert.Equal("$.audience", Fails(j => j["audience"] = "child").JsonPath);

    [Fact]
    public void MissingSafetyNotice() =>
        Assert.Equal("$.safetyNotice", Fails(j => j.Remove("safetyNotice")).JsonPath);

    [Fact]
    public void TranslationMissing()
    {
        var e = Fails(j => j["languages"] = new JsonArray("en", "cy"));
        Assert.Equal("$.title", e.JsonPath);
        Assert.Contains("cy", e.Message);
    }

    [Fact]
    public void TranslationNotDeclared() =>
        Assert.Equal("$.title.fr", Fails(j => j["title"] = JsonNode.Parse("""{ "en": "Test", "fr": "Essai" }""")).JsonPath);

    [Fact]
    public void TextWithoutEnglish() =>
        Assert.Equal("$.title", Fails(j => j["title"] = JsonNode.Parse("{}")).JsonPath);

    [Fact]
    public void FaceLabelForAnUnknownFace() =>
        Assert.Equal("$.sections[1].questions[0].optionLabels.grumpy",
            Fails(j => Q(j, 1, 0)["optionLabels"] = JsonNode.Parse("""{ "grumpy": "Grumpy" }""")).JsonPath);

    [Fact]
    public void InvalidJson_NamesFileAndLine()
    {
        var e = Assert.Throws<ContentValidationException>(() =>
            QuestionnaireLoader.Parse(File, Encoding.UTF8.GetBytes("{\n  \"id\": \"x\",\n  \"title\": \n}")));
        Assert.Equal(File, e.File);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void DuplicateIdAcrossFiles_NamesBothFiles()
    {
        var dir = Directory.CreateTempSubdirectory("voice-questionnaires-");
        try
        {
            System.IO.File.WriteAllText(Path.Combine(dir.FullName, "a.json"), Minimal().ToJsonString());
            System.IO.File.WriteAllText(Path.Combine(dir.FullName, "b.json"), Minimal().ToJsonString());
            var e = Assert.Throws<ContentValidationException>(() => QuestionnaireLoader.LoadDirectory(dir.FullName));
            Assert.Equal("b.json", e.File);
            Assert.Equal("$.id", e.JsonPath);
            Assert.Contains("a.json", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
