using System.Text;
using System.Text.Json.Nodes;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Questionnaires;
using static Voice.Tests.Feedback.Questionnaires.QuestionnaireTestJson;

namespace Voice.Tests.Feedback.Questionnaires;

/// <summary>Bad definitions: each names the file and the JSON path of the field at fault.</summary>
public class QuestionnaireValidationTests
{
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
            QuestionnaireLoader.Parse(FileName, Encoding.UTF8.GetBytes("{\n  \"id\": \"x\",\n  \"title\": \n}")));
        Assert.Equal(FileName, e.File);
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
