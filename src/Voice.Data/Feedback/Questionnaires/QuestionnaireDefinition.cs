namespace Voice.Data.Feedback.Questionnaires;

/// <summary>Who a questionnaire is for. In JSON: "young-person", "parent", "foster-carer".</summary>
public enum Audience { YoungPerson, Parent, FosterCarer }

/// <summary>
/// The kinds of question. In JSON: "single-choice", "faces", "multiple-choice",
/// "yes-no-not-sure", "short-text", "long-text", "people-list", "rating".
/// </summary>
public enum QuestionType { SingleChoice, Faces, MultipleChoice, YesNoNotSure, ShortText, LongText, PeopleList, Rating }

/// <summary>
/// A string in every language the questionnaire is written in. English ("en") is always there;
/// other languages fall back to it.
/// </summary>
public sealed class LocalText
{
    public const string English = "en";

    public LocalText(IReadOnlyDictionary<string, string> byLanguage)
    {
        if (!byLanguage.ContainsKey(English)) throw new ArgumentException("English text is required", nameof(byLanguage));
        ByLanguage = byLanguage;
    }

    public static LocalText Of(string english) => new(new Dictionary<string, string> { [English] = english });

    public IReadOnlyDictionary<string, string> ByLanguage { get; }

    public string En => ByLanguage[English];

    /// <summary>The text in <paramref name="language"/>, or in English when there is none.</summary>
    public string Get(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var text) ? text : En;

    public override string ToString() => En;
}

/// <summary>An age band such as "8-11" or "16+" (no upper limit).</summary>
public sealed record AgeBand(int Min, int? Max)
{
    public bool Includes(int age) => age >= Min && (Max is null || age <= Max);

    public override string ToString() => Max is null ? $"{Min}+" : $"{Min}-{Max}";
}

/// <summary>
/// One answer a person can choose. <see cref="Score"/> is set for faces (really sad 1 to really
/// happy 5) and ratings (1 to 5), for analysis. An <see cref="Exclusive"/> option of a
/// multiple-choice question ("None of these") must be chosen on its own.
/// </summary>
public sealed record QuestionOption(string Value, LocalText Label, LocalText? Hint, string? Picture, bool Exclusive, int? Score);

/// <summary>Ask a question only when an earlier question's answer includes one of <see cref="Values"/>.</summary>
public sealed record QuestionCondition(string QuestionId, IReadOnlyList<string> Values)
{
    public bool IsMetBy(IReadOnlyList<string>? answer) => answer is not null && answer.Any(Values.Contains);
}

public sealed record Question(
    string Id,
    string SectionId,
    QuestionType Type,
    LocalText Text,
    LocalText? Hint,
    LocalText? ReadAloud,
    string? Picture,
    bool Required,
    LocalText? ErrorMessage,
    IReadOnlyList<QuestionOption> Options,
    int? MaxLength,
    int? MaxItems,
    QuestionCondition? Condition)
{
    /// <summary>The person picks from <see cref="Options"/> (single, faces, multiple, yes-no-not-sure, rating).</summary>
    public bool IsChoice => Type is QuestionType.SingleChoice or QuestionType.Faces or QuestionType.MultipleChoice
        or QuestionType.YesNoNotSure or QuestionType.Rating;

    /// <summary>More than one value may be given (multiple-choice, people-list).</summary>
    public bool AllowsSeveral => Type is QuestionType.MultipleChoice or QuestionType.PeopleList;

    public QuestionOption? Option(string value) => Options.FirstOrDefault(o => o.Value == value);
}

public sealed record QuestionnaireSection(
    string Id,
    LocalText Title,
    LocalText? Intro,
    LocalText? ReadAloud,
    IReadOnlyList<Question> Questions);

/// <summary>
/// A questionnaire as defined in <c>content/questionnaires/*.json</c> (schema in the README
/// there). <see cref="Version"/> is the content hash of the file, stored with every response so
/// an answer can always be read against the wording that was shown.
/// </summary>
public sealed record QuestionnaireDefinition(
    string Id,
    LocalText Title,
    Audience Audience,
    AgeBand? AgeBand,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> Languages,
    LocalText Intro,
    LocalText SafetyNotice,
    IReadOnlyList<QuestionnaireSection> Sections,
    string Version,
    string File,
    QuestionnaireTranslations Translations)
{
    /// <summary>Every question in the order it is asked.</summary>
    public IReadOnlyList<Question> Questions { get; } = [.. Sections.SelectMany(s => s.Questions)];

    public Question? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);

    /// <summary>Position of a question in <see cref="Questions"/>, or -1.</summary>
    public int IndexOf(string questionId)
    {
        for (var i = 0; i < Questions.Count; i++)
            if (Questions[i].Id == questionId) return i;
        return -1;
    }
}

/// <summary>The event types a questionnaire can suit. In JSON, the kebab-case names below.</summary>
public static class QuestionnaireEventTypes
{
    public const string LookedAfterReview = "looked-after-review";
    public const string ChildProtectionConference = "child-protection-conference";
    public const string PathwayPlanReview = "pathway-plan-review";
    public const string FosterCarerReview = "foster-carer-review";
    public const string AssessmentClosed = "assessment-closed";
    public const string ChildInNeedReview = "child-in-need-review";
    public const string ChildProtectionPlanEnded = "child-protection-plan-ended";
    public const string ComplaintClosed = "complaint-closed";
    public const string MissingReturnInterview = "missing-return-interview";

    public static IReadOnlyList<string> All { get; } =
    [
        LookedAfterReview, ChildProtectionConference, PathwayPlanReview, FosterCarerReview, AssessmentClosed,
        ChildInNeedReview, ChildProtectionPlanEnded, ComplaintClosed, MissingReturnInterview,
    ];
}
