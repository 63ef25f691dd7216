using System.Text.Json.Nodes;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Tests.Feedback.Questionnaires;

public class QuestionnaireFlowTests
{
    static readonly string Folder = Path.Combine(TestPaths.Content, "questionnaires");

    /// <summary>a → b (when a is yes) → c (when b is x or y); d always.</summary>
    static QuestionnaireFlow Chain()
    {
        var json = JsonNode.Parse("""
            {
              "id": "chain", "title": "Chain", "audience": "parent", "eventTypes": ["assessment-closed"],
              "intro": "i", "safetyNotice": "s",
              "sections": [
                { "id": "s1", "title": "S1", "questions": [
                  { "id": "a", "type": "yes-no-not-sure", "text": "A?", "required": true, "errorMessage": "Select if A" },
                  { "id": "b", "type": "multiple-choice", "text": "B?", "required": false,
                    "options": [ { "value": "x", "label": "X" }, { "value": "y", "label": "Y" }, { "value": "z", "label": "Z" } ],
                    "condition": { "question": "a", "equals": "yes" } }
                ] },
                { "id": "s2", "title": "S2", "questions": [
                  { "id": "c", "type": "short-text", "text": "C?", "required": true, "errorMessage": "Enter C",
                    "condition": { "question": "b", "in": ["x", "y"] } },
                  { "id": "d", "type": "long-text", "text": "D?", "required": false, "maxLength": 20 }
                ] }
              ]
            }
            """)!;
        return new QuestionnaireFlow(QuestionnaireTestJson.Parse(json));
    }

    static Dictionary<string, string[]> Answers(params (string Id, string[] Values)[] answers) =>
        answers.ToDictionary(a => a.Id, a => a.Values);

    static IEnumerable<string> Ids(IEnumerable<Question> questions) => questions.Select(q => q.Id);

    [Fact]
    public void Applicable_LeavesOutConditionalQuestions_UntilTheirAnswerMatches()
    {
        var flow = Chain();
        Assert.Equal(["a", "d"], Ids(flow.Applicable(Answers())));
        Assert.Equal(["a", "d"], Ids(flow.Applicable(Answers(("a", ["no"])))));
        Assert.Equal(["a", "b", "d"], Ids(flow.Applicable(Answers(("a", ["yes"])))));
        Assert.Equal(["a", "b", "d"], Ids(flow.Applicable(Answers(("a", ["yes"]), ("b", ["z"])))));
        Assert.Equal(["a", "b", "c", "d"], Ids(flow.Applicable(Answers(("a", ["yes"]), ("b", ["z", "y"])))));
    }

    [Fact]
    public void Applicable_IgnoresStaleAnswers_WhenAnEarlierAnswerChanges()
    {
        var flow = Chain();
        var answers = Answers(("a", ["no"]), ("b", ["x"]), ("c", ["stale"]));
        Assert.Equal(["a", "d"], Ids(flow.Applicable(answers)));
        Assert.Equal(["a"], flow.Prune(answers).Select(kv => kv.Key));
        Assert.False(flow.Applies("c", answers));
    }

    [Fact]
    public void Next_IsTheFirstApplicableQuestionNotYetReached()
    {
        var flow = Chain();
        Assert.Equal("a", flow.Next(Answers())!.Id);
        Assert.Equal("d", flow.Next(Answers(("a", ["no"])))!.Id);
        Assert.Equal("b", flow.Next(Answers(("a", ["yes"])))!.Id);
        Assert.Equal("d", flow.Next(Answers(("a", ["yes"]), ("b", [])))!.Id);
        Assert.Equal("c", flow.Next(Answers(("a", ["yes"]), ("b", ["x"]), ("d", ["later"])))!.Id);
        Assert.Null(flow.Next(Answers(("a", ["no"]), ("d", []))));
    }

    [Fact]
    public void AfterAndPrevious_SkipQuestionsThatDoNotApply()
    {
        var flow = Chain();
        var no = Answers(("a", ["no"]));
        Assert.Equal("d", flow.After("a", no)!.Id);
        Assert.Equal("a", flow.Previous("d", no)!.Id);

        var yesX = Answers(("a", ["yes"]), ("b", ["x"]));
        Assert.Equal("b", flow.After("a", yesX)!.Id);
        Assert.Equal("c", flow.After("b", yesX)!.Id);
        Assert.Equal("b", flow.Previous("c", yesX)!.Id);
        Assert.Equal("c", flow.Previous("d", yesX)!.Id);

        Assert.Null(flow.Previous("a", yesX));
        Assert.Null(flow.After("d", yesX));
        Assert.Throws<ArgumentException>(() => flow.After("nope", yesX));
    }

    [Fact]
    public void Previous_FromAQuestionThatNoLongerApplies_IsTheOneBeforeIt()
    {
        var flow = Chain();
        Assert.Equal("a", flow.Previous("c", Answers(("a", ["no"])))!.Id);
    }

    [Fact]
    public void IsComplete_NeedsEveryApplicableQuestionSeenAndValid()
    {
        var flow = Chain();
        Assert.False(flow.IsComplete(Answers(("a", ["yes"]), ("b", ["x"]), ("d", []))));
        Assert.False(flow.IsComplete(Answers(("a", ["yes"]), ("b", ["x"]), ("c", []), ("d", []))));
        Assert.True(flow.IsComplete(Answers(("a", ["yes"]), ("b", ["x"]), ("c", ["ok"]), ("d", []))));
        Assert.True(flow.IsComplete(Answers(("a", ["no"]), ("d", []), ("c", []))));

        var problems = flow.Problems(Answers(("a", ["yes"]), ("b", ["x"]), ("c", ["  "]), ("d", [new string('x', 21)])));
        Assert.Equal([("c", "Enter C"), ("d", "Your answer must be 20 characters or fewer")], problems.Select(p => (p.Question.Id, p.Error)));
    }

    [Fact]
    public void Check_Required_UsesTheQuestionsMessage()
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, "after-assessment.json"));
        var question = definition.Find("contact-how")!;
        Assert.Equal("Enter a phone number or email address", QuestionnaireFlow.Check(question, []).Error);
        Assert.Equal("Enter a phone number or email address", QuestionnaireFlow.Check(question, null).Error);
        Assert.Equal("Enter a phone number or email address", QuestionnaireFlow.Check(question, ["  "]).Error);
        Assert.True(QuestionnaireFlow.Check(question, ["07700 900123"]).IsValid);
    }

    [Fact]
    public void Check_Optional_MayBeLeftBlank()
    {
        var check = QuestionnaireFlow.Check(Chain().Definition.Find("d")!, []);
        Assert.True(check.IsValid);
        Assert.Empty(check.Values);
    }

    [Fact]
    public void Check_SingleAnswer_MustBeOneOfTheOptions()
    {
        var a = Chain().Definition.Find("a")!;
        Assert.Equal("Select if A", QuestionnaireFlow.Check(a, ["maybe"]).Error);
        Assert.Equal("Select if A", QuestionnaireFlow.Check(a, ["yes", "no"]).Error);
        Assert.Equal(["not-sure"], QuestionnaireFlow.Check(a, [" not-sure "]).Values);
    }

    [Fact]
    public void Check_MultipleChoice_KeepsOptionOrder_AndRefusesUnknownValues()
    {
        var b = Chain().Definition.Find("b")!;
        Assert.Equal(["x", "z"], QuestionnaireFlow.Check(b, ["z", "x", "z"]).Values);
        Assert.False(QuestionnaireFlow.Check(b, ["x", "w"]).IsValid);
    }

    [Fact]
    public void Check_ExclusiveOption_MustBeOnItsOwn()
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, "lac-review-8-11.json"));
        var help = definition.Find("meeting-help")!;
        Assert.True(QuestionnaireFlow.Check(help, ["none"]).IsValid);
        Assert.Equal("Select \u2018None of these\u2019 on its own, or select other answers",
            QuestionnaireFlow.Check(help, ["advocate", "none"]).Error);
    }

    [Fact]
    public void Check_LongText_IsLimitedToMaxLength()
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, "lac-review-11-17.json"));
        var worries = definition.Find("worries")!;
        Assert.Equal(2000, worries.MaxLength);
        Assert.True(QuestionnaireFlow.Check(worries, [new string('a', 2000)]).IsValid);
        Assert.Equal("Your answer must be 2000 characters or fewer", QuestionnaireFlow.Check(worries, [new string('a', 2001)]).Error);
    }

    [Fact]
    public void Check_Text_IsTrimmed_AndLineEndingsCountOnce()
    {
        var d = Chain().Definition.Find("d")!;
        var check = QuestionnaireFlow.Check(d, ["  " + string.Join("\r\n", Enumerable.Repeat("abc", 5)) + "  "]);
        Assert.True(check.IsValid);
        Assert.Equal(19, check.Values[0].Length);
        Assert.DoesNotContain('\r', check.Values[0]);
    }

    [Fact]
    public void Check_PeopleList_DropsBlanks_AndLimitsCountAndLength()
    {
        var who = QuestionnaireTestJson.Parse(QuestionnaireTestJson.Minimal()).Find("who")!;
        Assert.Equal(["Nan", "Mr Ali"], QuestionnaireFlow.Check(who, ["Nan", " ", "", " Mr Ali "]).Values);
        Assert.Equal("You can add up to 2 people", QuestionnaireFlow.Check(who, ["A", "B", "C"]).Error);
        Assert.Equal("Each name must be 10 characters or fewer", QuestionnaireFlow.Check(who, ["Christopher"]).Error);
    }

    [Fact]
    public void ShippedConditionalQuestion_IsAskedOnlyWhenItsAnswerMatches()
    {
        var definition = QuestionnaireLoader.Load(Path.Combine(Folder, "lac-review-8-11.json"));
        var flow = new QuestionnaireFlow(definition);
        var feelsSafe = Answers(("feel-safe", ["yes"]));
        Assert.DoesNotContain("not-safe-why", Ids(flow.Applicable(feelsSafe)));
        Assert.Equal("family-time", flow.After("feel-safe", feelsSafe)!.Id);

        var notSure = Answers(("feel-safe", ["not-sure"]));
        Assert.Equal("not-safe-why", flow.After("feel-safe", notSure)!.Id);
        Assert.Equal("feel-safe", flow.Previous("not-safe-why", notSure)!.Id);

        Assert.DoesNotContain("who-not-there", Ids(flow.Applicable(Answers(("meeting-help", ["advocate"])))));
        Assert.Contains("who-not-there", Ids(flow.Applicable(Answers(("meeting-help", ["advocate", "someone-not-there"])))));
    }

    [Fact]
    public void ShippedRequiredFollowUp_IsOnlyRequiredWhenAsked()
    {
        var flow = new QuestionnaireFlow(QuestionnaireLoader.Load(Path.Combine(Folder, "after-assessment.json")));
        var all = flow.Definition.Questions.ToDictionary(q => q.Id, _ => Array.Empty<string>());
        all["overall"] = ["4"];
        all["contact-me"] = ["no"];
        Assert.True(flow.IsComplete(all));
        all["contact-me"] = ["yes"];
        Assert.Equal("Enter a phone number or email address", Assert.Single(flow.Problems(all)).Error);
    }

    [Fact]
    public void EveryShippedQuestionnaire_CanBeWalkedFromStartToEnd()
    {
        foreach (var definition in QuestionnaireLoader.LoadDirectory(Folder).All)
        {
            var flow = new QuestionnaireFlow(definition);
            var answers = new Dictionary<string, string[]>();
            var steps = 0;
            for (var question = flow.Next(answers); question is not null; question = flow.Next(answers))
            {
                var value = question.IsChoice ? [question.Options[0].Value] : question.Required ? new[] { "An answer" } : [];
                var check = QuestionnaireFlow.Check(question, value);
                Assert.True(check.IsValid, $"{definition.Id}/{question.Id}: {check.Error}");
                answers[question.Id] = [.. check.Values];
                Assert.True(++steps <= definition.Questions.Count, $"{definition.Id} does not finish");
            }
            Assert.True(flow.IsComplete(answers), definition.Id);
        }
    }

    [Fact]
    public void Progress_CountsBranchesThatMightOpen_SoOpeningOneNeverAddsToTheTotal()
    {
        var flow = Chain();
        // Nothing answered: b might open (a unanswered), and c might (b might).
        Assert.Equal(new QuestionProgress(1, 4), flow.Progress("a", Answers()));
        // a = yes opens b: still 4, and b is number 2.
        Assert.Equal(new QuestionProgress(2, 4), flow.Progress("b", Answers(("a", ["yes"]))));
        // b = z closes c: the total falls, the number still goes up.
        Assert.Equal(new QuestionProgress(3, 3), flow.Progress("d", Answers(("a", ["yes"]), ("b", ["z"]))));
        // a = no closes b and c at once.
        Assert.Equal(new QuestionProgress(2, 2), flow.Progress("d", Answers(("a", ["no"]))));
        // Skipping a (blank) closes its branch too.
        Assert.Equal(new QuestionProgress(2, 2), flow.Progress("d", Answers(("a", []))));
    }

    [Fact]
    public void Progress_NeverGoesBackwards_WalkingAnyShippedQuestionnaire()
    {
        // Two walks through each: opening every branch (first option), and skipping everything.
        foreach (var definition in QuestionnaireLoader.LoadDirectory(Folder).All)
        foreach (var open in new[] { true, false })
        {
            var flow = new QuestionnaireFlow(definition);
            var answers = new Dictionary<string, string[]>();
            QuestionProgress? before = null;
            for (var question = flow.Next(answers); question is not null; question = flow.Next(answers))
            {
                var now = flow.Progress(question.Id, answers);
                var where = $"{definition.Id}/{question.Id} ({(open ? "opening" : "skipping")})";
                Assert.True(now.Number <= now.Total, where);
                if (before is not null)
                {
                    Assert.True(now.Number == before.Number + 1, $"{where}: {before} then {now}");
                    Assert.True(now.Total <= before.Total, $"{where}: {before} then {now}");
                }
                before = now;
                answers[question.Id] = open && question.IsChoice ? [question.Options[0].Value]
                    : open || question.Required ? ["An answer"] : [];
            }
            Assert.NotNull(before);
        }
    }

    [Fact]
    public void EveryShippedQuestion_CanBeSkipped_UnlessThePersonOpenedItThemselves()
    {
        // The start pages promise "you can skip any question" / "answer as much or as little as
        // you like". A required question is kept only as a follow-up the person chose to open
        // (for example "How should we contact you?" after "Yes, contact me").
        foreach (var definition in QuestionnaireLoader.LoadDirectory(Folder).All)
        foreach (var question in definition.Questions.Where(q => q.Condition is null))
            Assert.False(question.Required, $"{definition.Id}/{question.Id} is required, but the questionnaire promises every question can be skipped");
    }
}
