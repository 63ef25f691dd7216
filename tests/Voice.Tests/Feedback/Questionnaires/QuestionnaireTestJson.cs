using System.Text;
using System.Text.Json.Nodes;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Tests.Feedback.Questionnaires;

/// <summary>A small valid questionnaire as JSON, and how the loader tests parse it and expect it to fail.</summary>
internal static class QuestionnaireTestJson
{
    internal const string FileName = "test-questionnaire.json";

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
        QuestionnaireLoader.Parse(FileName, Encoding.UTF8.GetBytes(node.ToJsonString()));

    internal static ContentValidationException Fails(Action<JsonObject> change)
    {
        var json = Minimal();
        change(json);
        var e = Assert.Throws<ContentValidationException>(() => Parse(json));
        Assert.Equal(FileName, e.File);
        Assert.StartsWith($"{FileName}: {e.JsonPath}: ", e.Message);
        return e;
    }

    internal static JsonNode Q(JsonObject json, int section, int question) => json["sections"]![section]!["questions"]![question]!;
}
