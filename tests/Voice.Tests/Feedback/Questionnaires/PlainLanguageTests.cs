using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Text;

namespace Voice.Tests.Feedback.Questionnaires;

/// <summary>
/// Every question a child reads (with its hint), every section introduction and the opening
/// text are measured with <see cref="Readability"/>: a questionnaire that children under 11 may
/// get reads at age 9 or below, one for 11 and over at age 12 or below.
/// </summary>
public class PlainLanguageTests
{
    static IEnumerable<QuestionnaireDefinition> ForChildren() =>
        Directory.GetFiles(Path.Combine(TestPaths.Content, "questionnaires"), "*.json").Order()
            .Select(QuestionnaireLoader.Load).Where(d => d.Audience == Audience.YoungPerson);

    public static TheoryData<string> ChildQuestionnaires() => [.. ForChildren().Select(d => d.Id)];

    [Theory, MemberData(nameof(ChildQuestionnaires))]
    public void ChildFacingText_ReadsAtTheChildsAge(string id)
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(TestPaths.Content, "questionnaires", id + ".json"));
        var limit = definition.AgeBand is { Min: < 11 } ? 9 : 12;
        var texts = new List<(string Where, string Text)> { ("intro", definition.Intro.En) };
        foreach (var section in definition.Sections)
        {
            if (section.Intro is { } intro) texts.Add(($"section {section.Id}", intro.En));
            foreach (var q in section.Questions)
                texts.Add((q.Id, q.Hint is null ? q.Text.En : q.Text.En + "\n" + q.Hint.En));
        }
        var tooHard = texts.Select(t => (t.Where, t.Text, Age: Readability.ReadingAge(t.Text))).Where(t => t.Age > limit)
            .Select(t => $"{t.Where} reads at age {t.Age:F1}: {t.Text}").ToList();
        Assert.True(tooHard.Count == 0, $"{id} is for readers from age {definition.AgeBand?.Min}, so at most age {limit}:\n" + string.Join("\n", tooHard));
    }

    [Fact]
    public void EveryChildQuestionnaire_HasAnAgeBand() => Assert.All(ForChildren(), d => Assert.NotNull(d.AgeBand));
}
