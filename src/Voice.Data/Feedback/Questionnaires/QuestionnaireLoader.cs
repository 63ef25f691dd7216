using System.Text.Json;
using System.Text.RegularExpressions;
using Voice.Data.Languages;

namespace Voice.Data.Feedback.Questionnaires;

/// <summary>
/// Reads and validates questionnaire definitions (<c>content/questionnaires/*.json</c>, schema in
/// the README there). Any problem throws <see cref="ContentValidationException"/> naming the file
/// and the JSON path of the field at fault.
/// </summary>
public static partial class QuestionnaireLoader
{
    public const int TitleMax = 120;
    public const int IntroMax = 2000;
    public const int SafetyNoticeMax = 1000;
    public const int QuestionTextMax = 250;
    public const int HintMax = 500;
    public const int ReadAloudMax = 1000;
    public const int OptionLabelMax = 120;
    public const int ErrorMessageMax = 200;
    public const int MaxOptions = 20;
    public const int ShortTextDefault = 200;
    public const int ShortTextMax = 500;
    public const int LongTextMax = 10000;
    public const int PersonNameDefault = 100;
    public const int PersonNameMax = 200;
    public const int PeopleDefault = 10;
    public const int PeopleMax = 30;

    /// <summary>The five faces, happiest first, with the scores analysis uses.</summary>
    public static IReadOnlyList<(string Value, string Label, int Score)> Faces { get; } =
    [
        ("really-happy", "Really happy", 5),
        ("happy", "Happy", 4),
        ("ok", "OK", 3),
        ("sad", "Sad", 2),
        ("really-sad", "Really sad", 1),
    ];

    public static IReadOnlyList<(string Value, string Label)> YesNoNotSure { get; } =
    [
        ("yes", "Yes"),
        ("no", "No"),
        ("not-sure", "Not sure"),
    ];

    static readonly Dictionary<string, QuestionType> Types = new()
    {
        ["single-choice"] = QuestionType.SingleChoice,
        ["faces"] = QuestionType.Faces,
        ["multiple-choice"] = QuestionType.MultipleChoice,
        ["yes-no-not-sure"] = QuestionType.YesNoNotSure,
        ["short-text"] = QuestionType.ShortText,
        ["long-text"] = QuestionType.LongText,
        ["people-list"] = QuestionType.PeopleList,
        ["rating"] = QuestionType.Rating,
    };

    static readonly Dictionary<string, Audience> Audiences = new()
    {
        ["young-person"] = Audience.YoungPerson,
        ["parent"] = Audience.Parent,
        ["foster-carer"] = Audience.FosterCarer,
    };

    /// <summary>Loads every <c>*.json</c> file in <paramref name="directory"/>; ids must be unique across files.</summary>
    public static QuestionnaireCatalog LoadDirectory(string directory)
    {
        var definitions = new List<QuestionnaireDefinition>();
        var byId = new Dictionary<string, QuestionnaireDefinition>();
        foreach (var path in Directory.GetFiles(directory, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var definition = Load(path);
            if (byId.TryGetValue(definition.Id, out var other))
                throw new ContentValidationException(definition.File, "$.id", $"\"{definition.Id}\" is already the id of {other.File}");
            byId[definition.Id] = definition;
            definitions.Add(definition);
        }
        return new QuestionnaireCatalog(definitions);
    }

    public static QuestionnaireDefinition Load(string path) => Parse(Path.GetFileName(path), File.ReadAllBytes(path));

    public static QuestionnaireDefinition Parse(string fileName, byte[] fileBytes)
    {
        using var document = ContentJson.Parse(fileName, ContentJson.Canonical(fileBytes));
        return new Reader(fileName, ContentJson.Version(fileBytes)).Read(ContentNode.Root(fileName, document));
    }

    sealed class Reader(string file, string version)
    {
        IReadOnlyList<string> languages = [LocalText.English];
        readonly Dictionary<string, Question> questions = [];
        /// <summary>Every text with its JSON path, in the order read: the English of them is what a translation's fingerprint is taken over.</summary>
        readonly List<(string Path, LocalText Text)> texts = [];

        public QuestionnaireDefinition Read(ContentNode root)
        {
            root.ExpectObject("id", "title", "audience", "ageBand", "eventTypes", "languages", "translations", "intro", "safetyNotice", "sections");

            if (root.Optional("languages") is { } languagesNode)
            {
                var list = languagesNode.Strings(10, minCount: 1).ToList();
                foreach (var language in list)
                    if (!LanguagePattern().IsMatch(language)) throw languagesNode.Error($"\"{language}\" is not a language code like \"en\" or \"cy\"");
                if (!list.Contains(LocalText.English)) throw languagesNode.Error("must include \"en\"");
                if (list.Distinct().Count() != list.Count) throw languagesNode.Error("lists a language twice");
                languages = list;
            }

            var id = root.Required("id").Id();
            var title = Text(root.Required("title"), TitleMax);
            var audienceNode = root.Required("audience");
            var audienceName = audienceNode.String(50);
            if (!Audiences.TryGetValue(audienceName, out var audience))
                throw audienceNode.Error($"\"{audienceName}\" is not one of: {string.Join(", ", Audiences.Keys)}");

            AgeBand? ageBand = null;
            if (root.Optional("ageBand") is { } ageNode) ageBand = ReadAgeBand(ageNode);
            else if (audience == Audience.YoungPerson) throw root.Error("ageBand", "is required for a young-person questionnaire");

            var eventsNode = root.Required("eventTypes");
            var eventTypes = eventsNode.Strings(60, minCount: 1);
            foreach (var (eventType, i) in eventTypes.Select((e, i) => (e, i)))
            {
                if (!QuestionnaireEventTypes.All.Contains(eventType))
                    throw new ContentValidationException(file, $"{eventsNode.Path}[{i}]",
                        $"\"{eventType}\" is not one of: {string.Join(", ", QuestionnaireEventTypes.All)}");
            }
            if (eventTypes.Distinct().Count() != eventTypes.Count) throw eventsNode.Error("lists an event type twice");

            var intro = Text(root.Required("intro"), IntroMax);
            var safetyNotice = Text(root.Required("safetyNotice"), SafetyNoticeMax);

            var sectionsNode = root.Required("sections");
            var sections = new List<QuestionnaireSection>();
            var sectionIds = new HashSet<string>();
            foreach (var sectionNode in sectionsNode.Items())
            {
                sectionNode.ExpectObject("id", "title", "intro", "readAloud", "questions");
                var sectionIdNode = sectionNode.Required("id");
                var sectionId = sectionIdNode.Id();
                if (!sectionIds.Add(sectionId)) throw sectionIdNode.Error($"section id \"{sectionId}\" is used by an earlier section");
                var sectionTitle = Text(sectionNode.Required("title"), TitleMax);
                var sectionIntro = OptionalText(sectionNode, "intro", IntroMax);
                var sectionReadAloud = OptionalText(sectionNode, "readAloud", ReadAloudMax);
                var questionsNode = sectionNode.Required("questions");
                var sectionQuestions = questionsNode.Items().Select(q => ReadQuestion(q, sectionId)).ToList();
                if (sectionQuestions.Count == 0) throw questionsNode.Error("must have at least one question");
                sections.Add(new QuestionnaireSection(sectionId, sectionTitle, sectionIntro, sectionReadAloud, sectionQuestions));
            }
            if (sections.Count == 0) throw sectionsNode.Error("must have at least one section");

            var translations = QuestionnaireTranslations.Read(root, languages);
            return new QuestionnaireDefinition(id, title, audience, ageBand, eventTypes, languages, intro, safetyNotice, sections, version, file,
                new QuestionnaireTranslations(id, string.Join("\n", texts.Select(t => t.Text.En)), translations) { Texts = texts });
        }

        AgeBand ReadAgeBand(ContentNode node)
        {
            var text = node.String(10);
            var match = AgeBandPattern().Match(text);
            if (!match.Success) throw node.Error($"\"{text}\" must be like \"8-11\" or \"16+\"");
            var min = int.Parse(match.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int? max = match.Groups["max"].Success ? int.Parse(match.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            if (min > 25 || max > 25) throw node.Error($"\"{text}\": ages run up to 25");
            if (max < min) throw node.Error($"\"{text}\": the first age must not be more than the second");
            return new AgeBand(min, max);
        }

        Question ReadQuestion(ContentNode node, string sectionId)
        {
            node.ExpectObject("id", "type", "text", "hint", "readAloud", "picture", "required", "errorMessage",
                "options", "labels", "optionLabels", "maxLength", "maxItems", "condition");

            var idNode = node.Required("id");
            var id = idNode.Id();
            if (questions.ContainsKey(id)) throw idNode.Error($"question id \"{id}\" is used by an earlier question");

            var typeNode = node.Required("type");
            var typeName = typeNode.String(50);
            if (!Types.TryGetValue(typeName, out var type))
                throw typeNode.Error($"\"{typeName}\" is not a question type; use one of: {string.Join(", ", Types.Keys)}");

            var text = Text(node.Required("text"), QuestionTextMax);
            var hint = OptionalText(node, "hint", HintMax);
            var readAloud = OptionalText(node, "readAloud", ReadAloudMax);
            var picture = node.Optional("picture") is { } pictureNode ? pictureNode.Id() : null;
            var required = node.Required("required").Bool();
            var errorMessage = OptionalText(node, "errorMessage", ErrorMessageMax);
            if (required && errorMessage is null)
                throw node.Error("errorMessage", "is required when the question is required, for example \"Select how you feel about where you live\"");

            Allow(node, "options", type is QuestionType.SingleChoice or QuestionType.MultipleChoice, "single-choice and multiple-choice");
            Allow(node, "labels", type is QuestionType.Rating, "rating");
            Allow(node, "optionLabels", type is QuestionType.Faces or QuestionType.YesNoNotSure, "faces and yes-no-not-sure");
            Allow(node, "maxLength", type is QuestionType.ShortText or QuestionType.LongText or QuestionType.PeopleList, "short-text, long-text and people-list");
            Allow(node, "maxItems", type is QuestionType.PeopleList, "people-list");

            var options = type switch
            {
                QuestionType.SingleChoice or QuestionType.MultipleChoice => ReadOptions(node, type),
                QuestionType.Faces => FixedOptions(node, Faces.Select(f => (f.Value, f.Label, (int?)f.Score)).ToList()),
                QuestionType.YesNoNotSure => FixedOptions(node, YesNoNotSure.Select(y => (y.Value, y.Label, (int?)null)).ToList()),
                QuestionType.Rating => RatingOptions(node),
                _ => [],
            };

            int? maxLength = type switch
            {
                QuestionType.ShortText => node.Optional("maxLength")?.Int(1, ShortTextMax) ?? ShortTextDefault,
                QuestionType.LongText => node.Required("maxLength").Int(1, LongTextMax),
                QuestionType.PeopleList => node.Optional("maxLength")?.Int(1, PersonNameMax) ?? PersonNameDefault,
                _ => null,
            };
            int? maxItems = type == QuestionType.PeopleList ? node.Optional("maxItems")?.Int(1, PeopleMax) ?? PeopleDefault : null;

            var condition = node.Optional("condition") is { } conditionNode ? ReadCondition(conditionNode, id) : null;

            var question = new Question(id, sectionId, type, text, hint, readAloud, picture, required, errorMessage,
                options, maxLength, maxItems, condition);
            questions[id] = question;
            return question;
        }

        static void Allow(ContentNode node, string field, bool allowed, string types)
        {
            if (!allowed && node.Has(field)) throw node.Error(field, $"is only for {types} questions");
        }

        IReadOnlyList<QuestionOption> ReadOptions(ContentNode question, QuestionType type)
        {
            var optionsNode = question.Optional("options")
                ?? throw question.Error("options", $"is required for a {(type == QuestionType.SingleChoice ? "single-choice" : "multiple-choice")} question");
            var list = new List<QuestionOption>();
            var values = new HashSet<string>();
            foreach (var optionNode in optionsNode.Items())
            {
                optionNode.ExpectObject("value", "label", "hint", "picture", "exclusive");
                var valueNode = optionNode.Required("value");
                var value = valueNode.Id();
                if (!values.Add(value)) throw valueNode.Error($"\"{value}\" is the value of an earlier option");
                var exclusive = optionNode.Optional("exclusive")?.Bool() ?? false;
                if (exclusive && type != QuestionType.MultipleChoice)
                    throw optionNode.Error("exclusive", "is only for options of multiple-choice questions");
                list.Add(new QuestionOption(value, Text(optionNode.Required("label"), OptionLabelMax), OptionalText(optionNode, "hint", HintMax),
                    optionNode.Optional("picture")?.Id(), exclusive, null));
            }
            if (list.Count < 2) throw optionsNode.Error("must have at least 2 options");
            if (list.Count > MaxOptions) throw optionsNode.Error($"must have {MaxOptions} options or fewer");
            if (list.All(o => o.Exclusive)) throw optionsNode.Error("must have at least one option that is not exclusive");
            return list;
        }

        IReadOnlyList<QuestionOption> FixedOptions(ContentNode question, List<(string Value, string Label, int? Score)> fixedOptions)
        {
            var overrides = new Dictionary<string, LocalText>();
            if (question.Optional("optionLabels") is { } labelsNode)
            {
                foreach (var (value, labelNode) in labelsNode.Properties())
                {
                    if (!fixedOptions.Any(f => f.Value == value))
                        throw labelNode.Error($"\"{value}\" is not one of the fixed options ({string.Join(", ", fixedOptions.Select(f => f.Value))})");
                    overrides[value] = Text(labelNode, OptionLabelMax, record: false);
                }
            }
            // Every fixed label is a text to translate, in the fixed order, given in the file or not,
            // so writing a translation's labels into the file does not change the fingerprint.
            foreach (var f in fixedOptions)
                texts.Add(($"{question.Path}.optionLabels{(f.Value.Contains('-') ? $"['{f.Value}']" : "." + f.Value)}", overrides.GetValueOrDefault(f.Value) ?? Fixed(f.Label)));
            var untranslated = fixedOptions.Where(f => !overrides.ContainsKey(f.Value)).Select(f => f.Value).ToList();
            if (languages.Count > 1 && untranslated.Count > 0)
            {
                var problem = $"the fixed labels are English only, so a questionnaire in {string.Join(", ", languages.Skip(1))} " +
                    $"must give optionLabels for {string.Join(", ", untranslated)}";
                throw question.Optional("optionLabels") is { } given ? given.Error(problem) : question.Error("optionLabels", problem);
            }
            return [.. fixedOptions.Select(f => new QuestionOption(f.Value,
                overrides.TryGetValue(f.Value, out var label) ? label : Fixed(f.Label), null, null, false, f.Score))];
        }

        IReadOnlyList<QuestionOption> RatingOptions(ContentNode question)
        {
            var labelsNode = question.Optional("labels")
                ?? throw question.Error("labels", "is required for a rating question: five labels, lowest first");
            var labels = labelsNode.Items().Select(l => Text(l, OptionLabelMax)).ToList();
            if (labels.Count != 5) throw labelsNode.Error($"must have exactly 5 labels, lowest first (it has {labels.Count})");
            return [.. labels.Select((label, i) => new QuestionOption((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), label, null, null, false, i + 1))];
        }

        QuestionCondition ReadCondition(ContentNode node, string questionId)
        {
            node.ExpectObject("question", "equals", "in");
            var targetNode = node.Required("question");
            var targetId = targetNode.Id();
            if (targetId == questionId) throw targetNode.Error($"a question cannot depend on itself");
            if (!questions.TryGetValue(targetId, out var target))
                throw targetNode.Error($"\"{targetId}\" is not an earlier question; a condition can only look back");
            if (!target.IsChoice)
                throw targetNode.Error($"\"{targetId}\" is a {TypeName(target.Type)} question; a condition needs a question with options");

            if (node.Has("equals") == node.Has("in")) throw node.Error("needs exactly one of \"equals\" or \"in\"");
            var valuesNode = node.Optional("equals") ?? node.Required("in");
            IReadOnlyList<string> values = valuesNode.Kind == JsonValueKind.Array ? valuesNode.Strings(100, minCount: 1) : [valuesNode.String(100)];
            foreach (var value in values)
            {
                if (target.Option(value) is null)
                    throw valuesNode.Error($"\"{value}\" is not an option of \"{targetId}\" ({string.Join(", ", target.Options.Select(o => o.Value))})");
            }
            return new QuestionCondition(targetId, values);
        }

        static LocalText Fixed(string english) => LocalText.Of(english);

        LocalText? OptionalText(ContentNode node, string field, int max) =>
            node.Optional(field) is { } child ? Text(child, max) : null;

        /// <summary>A plain string (English) or an object of language → text.</summary>
        LocalText Text(ContentNode node, int max, bool record = true)
        {
            Dictionary<string, string> byLanguage;
            if (node.Kind == JsonValueKind.String)
            {
                byLanguage = new() { [LocalText.English] = node.String(max) };
            }
            else
            {
                byLanguage = [];
                foreach (var (language, value) in node.Properties())
                {
                    if (!languages.Contains(language))
                        throw value.Error($"\"{language}\" is not listed in \"languages\" ({string.Join(", ", languages)})");
                    byLanguage[language] = value.String(max);
                }
            }
            foreach (var language in languages)
            {
                if (!byLanguage.ContainsKey(language))
                    throw node.Error(language == LocalText.English
                        ? "needs English text: a string, or an object with \"en\""
                        : $"has no \"{language}\" text, but \"languages\" lists {language}");
            }
            var text = new LocalText(byLanguage);
            if (record) texts.Add((node.Path, text));
            return text;
        }
    }

    static string TypeName(QuestionType type) => Types.First(t => t.Value == type).Key;

    [GeneratedRegex("^(?<min>[0-9]{1,2})(-(?<max>[0-9]{1,2})|\\+)$")]
    private static partial Regex AgeBandPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();
}

/// <summary>All questionnaires that loaded, by id.</summary>
public sealed class QuestionnaireCatalog(IReadOnlyList<QuestionnaireDefinition> definitions)
{
    /// <summary>Swapped whole when a translator's import rewrites a questionnaire, so a request sees one list or the other.</summary>
    sealed record State(IReadOnlyList<QuestionnaireDefinition> All, Dictionary<string, QuestionnaireDefinition> ById);
    State state = new(definitions, definitions.ToDictionary(d => d.Id));

    public IReadOnlyList<QuestionnaireDefinition> All => Volatile.Read(ref state).All;

    public QuestionnaireDefinition Get(string id) =>
        TryGet(id, out var definition) ? definition : throw new KeyNotFoundException($"No questionnaire with id \"{id}\"");

    public bool TryGet(string id, out QuestionnaireDefinition definition) => Volatile.Read(ref state).ById.TryGetValue(id, out definition!);

    /// <summary>The questionnaires that suit an event and audience, and the person's age when known.</summary>
    public IReadOnlyList<QuestionnaireDefinition> For(string eventType, Audience audience, int? age = null) =>
        [.. All.Where(d => d.EventTypes.Contains(eventType) && d.Audience == audience
            && (age is null || d.AgeBand is null || d.AgeBand.Includes(age.Value)))];

    /// <summary>Puts <paramref name="changed"/> in place of the questionnaire with its id (after its file was rewritten by an import).</summary>
    public void Replace(IEnumerable<QuestionnaireDefinition> changed)
    {
        lock (this)
        {
            var byId = changed.ToDictionary(d => d.Id);
            var all = Volatile.Read(ref state).All.Select(d => byId.GetValueOrDefault(d.Id, d)).ToList();
            Volatile.Write(ref state, new State(all, all.ToDictionary(d => d.Id)));
        }
    }
}
