namespace Voice.Data.Feedback.Questionnaires;

/// <summary>Where a person is in a questionnaire, for "Question 6 of 27".</summary>
public sealed record QuestionProgress(int Number, int Total);

/// <summary>The outcome of checking one answer: the cleaned values to store, or a GOV.UK-style error.</summary>
public sealed record AnswerCheck(bool IsValid, string? Error, IReadOnlyList<string> Values)
{
    public static AnswerCheck Valid(IReadOnlyList<string> values) => new(true, null, values);

    public static AnswerCheck Invalid(string error, IReadOnlyList<string> values) => new(false, error, values);
}

/// <summary>
/// Moving through a questionnaire, one question per page. Answers are keyed by question id. A key
/// with an empty array means the person saw the question and left it blank; a question with no
/// key has not been reached. A question applies when it has no condition, or when the question
/// its condition names applies and that question's answer includes one of the condition's values,
/// so answers to questions that no longer apply are ignored rather than trusted.
/// </summary>
public sealed class QuestionnaireFlow(QuestionnaireDefinition definition)
{
    public QuestionnaireDefinition Definition { get; } = definition;

    /// <summary>The questions that apply given these answers, in the order they are asked.</summary>
    public IReadOnlyList<Question> Applicable(IReadOnlyDictionary<string, string[]> answers)
    {
        var applicable = new List<Question>();
        var ids = new HashSet<string>();
        foreach (var question in Definition.Questions)
        {
            if (question.Condition is { } condition
                && !(ids.Contains(condition.QuestionId) && condition.IsMetBy(answers.GetValueOrDefault(condition.QuestionId))))
                continue;
            applicable.Add(question);
            ids.Add(question.Id);
        }
        return applicable;
    }

    /// <summary>
    /// "Question <see cref="QuestionProgress.Number"/> of <see cref="QuestionProgress.Total"/>" for a question.
    /// The total counts every question that applies or still might (its condition waits on a
    /// question not answered yet), so opening a branch never adds to it: walking forward, the
    /// number goes up by one and the total only ever stays or falls, and progress never goes
    /// backwards ("5 of 27" then "6 of 28" was the old, confusing behaviour).
    /// </summary>
    public QuestionProgress Progress(string questionId, IReadOnlyDictionary<string, string[]> answers)
    {
        var index = IndexOrThrow(questionId);
        var possible = Possible(answers);
        var number = 0;
        for (var i = 0; i <= index; i++)
            if (possible[i]) number++;
        return new QuestionProgress(Math.Max(number, 1), Math.Max(possible.Count(p => p), 1));
    }

    /// <summary>For each question in order: does it apply, or might it still (its condition is undecided)?</summary>
    bool[] Possible(IReadOnlyDictionary<string, string[]> answers)
    {
        var state = new Dictionary<string, Reach>();
        var result = new bool[Definition.Questions.Count];
        for (var i = 0; i < Definition.Questions.Count; i++)
        {
            var question = Definition.Questions[i];
            var reach = Reach.Applies;
            if (question.Condition is { } condition)
            {
                var on = state.GetValueOrDefault(condition.QuestionId, Reach.No);
                reach = on switch
                {
                    Reach.No => Reach.No,
                    Reach.Applies when answers.TryGetValue(condition.QuestionId, out var answer) => condition.IsMetBy(answer) ? Reach.Applies : Reach.No,
                    _ => Reach.Might,
                };
            }
            state[question.Id] = reach;
            result[i] = reach != Reach.No;
        }
        return result;
    }

    enum Reach { No, Might, Applies }

    public bool Applies(string questionId, IReadOnlyDictionary<string, string[]> answers) =>
        Applicable(answers).Any(q => q.Id == questionId);

    /// <summary>The first question that applies and has not been reached: where to resume. Null when every applicable question has been seen.</summary>
    public Question? Next(IReadOnlyDictionary<string, string[]> answers) =>
        Applicable(answers).FirstOrDefault(q => !answers.ContainsKey(q.Id));

    /// <summary>The question to show after <paramref name="questionId"/> (for "Continue"); null after the last one.</summary>
    public Question? After(string questionId, IReadOnlyDictionary<string, string[]> answers)
    {
        var index = IndexOrThrow(questionId);
        return Applicable(answers).FirstOrDefault(q => Definition.IndexOf(q.Id) > index);
    }

    /// <summary>The question before <paramref name="questionId"/> that applies (for the back link); null at the first question.</summary>
    public Question? Previous(string questionId, IReadOnlyDictionary<string, string[]> answers)
    {
        var index = IndexOrThrow(questionId);
        return Applicable(answers).LastOrDefault(q => Definition.IndexOf(q.Id) < index);
    }

    /// <summary>Only the answers to questions that apply, in question order: what to show on "check your answers" and send.</summary>
    public IReadOnlyList<KeyValuePair<string, string[]>> Prune(IReadOnlyDictionary<string, string[]> answers) =>
        [.. Applicable(answers).Where(q => answers.ContainsKey(q.Id)).Select(q => KeyValuePair.Create(q.Id, answers[q.Id]))];

    /// <summary>Every applicable question has been seen and every answer to one of them is valid.</summary>
    public bool IsComplete(IReadOnlyDictionary<string, string[]> answers) =>
        Applicable(answers).All(q => answers.TryGetValue(q.Id, out var values) && Check(q, values).IsValid);

    /// <summary>The applicable questions whose answer is missing or not valid, with the error for each.</summary>
    public IReadOnlyList<(Question Question, string Error)> Problems(IReadOnlyDictionary<string, string[]> answers, string? language = null) =>
        [.. Applicable(answers)
            .Select(q => (q, check: Check(q, answers.GetValueOrDefault(q.Id), language)))
            .Where(x => !x.check.IsValid)
            .Select(x => (x.q, x.check.Error!))];

    /// <summary>
    /// Checks one answer: required, one value for single answers, values from the options, the
    /// "none of these" rule, and lengths. Text is trimmed and line endings made LF before it is
    /// measured; blank names are dropped from a people list. Messages follow GOV.UK wording.
    /// </summary>
    public static AnswerCheck Check(Question question, IReadOnlyList<string>? values, string? language = null)
    {
        var cleaned = (values ?? [])
            .Select(v => (v ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Trim())
            .Where(v => v.Length > 0)
            .ToList();

        if (cleaned.Count == 0)
        {
            return question.Required
                ? AnswerCheck.Invalid(question.ErrorMessage?.Get(language) ?? DefaultRequired(question), [])
                : AnswerCheck.Valid([]);
        }

        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.Faces or QuestionType.YesNoNotSure or QuestionType.Rating:
                if (cleaned.Count > 1 || question.Option(cleaned[0]) is null)
                    return AnswerCheck.Invalid(question.ErrorMessage?.Get(language) ?? "Select one answer", cleaned);
                return AnswerCheck.Valid(cleaned);

            case QuestionType.MultipleChoice:
                var distinct = cleaned.Distinct().ToList();
                if (distinct.Any(v => question.Option(v) is null))
                    return AnswerCheck.Invalid(question.ErrorMessage?.Get(language) ?? "Select from the answers given", distinct);
                if (distinct.Count > 1 && distinct.Select(question.Option).FirstOrDefault(o => o!.Exclusive) is { } exclusive)
                    return AnswerCheck.Invalid($"Select \u2018{exclusive.Label.Get(language)}\u2019 on its own, or select other answers", distinct);
                return AnswerCheck.Valid([.. question.Options.Where(o => distinct.Contains(o.Value)).Select(o => o.Value)]);

            case QuestionType.ShortText or QuestionType.LongText:
                var text = string.Join("\n", cleaned);
                if (cleaned.Count > 1 && question.Type == QuestionType.ShortText) text = string.Join(" ", cleaned);
                return text.Length > question.MaxLength
                    ? AnswerCheck.Invalid($"Your answer must be {question.MaxLength} characters or fewer", [text])
                    : AnswerCheck.Valid([text]);

            case QuestionType.PeopleList:
                if (cleaned.Count > question.MaxItems)
                    return AnswerCheck.Invalid($"You can add up to {question.MaxItems} people", cleaned);
                if (cleaned.Any(name => name.Length > question.MaxLength))
                    return AnswerCheck.Invalid($"Each name must be {question.MaxLength} characters or fewer", cleaned);
                return AnswerCheck.Valid(cleaned);

            default:
                throw new InvalidOperationException($"Unknown question type {question.Type}");
        }
    }

    static string DefaultRequired(Question question) => question.Type switch
    {
        QuestionType.ShortText or QuestionType.LongText => "Enter your answer",
        QuestionType.PeopleList => "Enter at least one name",
        _ => "Select an answer",
    };

    int IndexOrThrow(string questionId)
    {
        var index = Definition.IndexOf(questionId);
        return index >= 0 ? index : throw new ArgumentException($"\"{questionId}\" is not a question of {Definition.Id}", nameof(questionId));
    }
}
