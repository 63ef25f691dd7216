using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Voice.Data.Feedback;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Data.Languages;

/// <summary>
/// Questionnaires in the translator's CSV: one line per text, keyed
/// <c>questionnaire:&lt;id&gt;:&lt;JSON path&gt;</c> (<c>questionnaire:lac-review-11-17:$.sections[0].title</c>),
/// with the questionnaire's fingerprint as <c>source_hash</c>, so any change to its English since the
/// export refuses the line. A questionnaire is translated and reviewed as a whole, so its lines in
/// one language must share one status; a language the questionnaire does not have yet must come
/// with every text (a half-translated questionnaire cannot go live). Lines for a language it has may
/// bring any of its texts; the others keep their translation.
/// </summary>
public static partial class QuestionnaireCsv
{
    public const string Prefix = "questionnaire:";

    public static string KeyOf(QuestionnaireDefinition q, string path) => $"{Prefix}{q.Id}:{path}";

    public static IEnumerable<TranslationRow> ToDo(QuestionnaireCatalog questionnaires, string language) =>
        from q in questionnaires.All
        let state = q.Translations.StateOf(language)
        where state != TranslationState.Reviewed
        from t in q.Translations.Texts
        let text = t.Text.ByLanguage.GetValueOrDefault(language)
        select new TranslationRow(KeyOf(q, t.Path), language, t.Text.En, q.Translations.Fingerprint,
            text ?? "", text is null ? "" : "draft", "", TranslationCsv.StateName(state));

    /// <summary>The questionnaire and text a key names, or null.</summary>
    public static (QuestionnaireDefinition Definition, string Path, LocalText Text)? Find(TranslationSources sources, string key)
    {
        if (sources.Questionnaires is null || !key.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = key[Prefix.Length..];
        var colon = rest.IndexOf(':');
        if (colon < 0 || !sources.Questionnaires.TryGet(rest[..colon], out var q)) return null;
        var path = rest[(colon + 1)..];
        foreach (var t in q.Translations.Texts)
            if (t.Path == path) return (q, path, t.Text);
        return null;
    }

    /// <summary>Checks the lines of each questionnaire and language together and makes its new file, adding any problem.</summary>
    internal static IReadOnlyList<QuestionnaireImport> Build(TranslationSources sources, IReadOnlyList<ImportLine> lines, List<ImportProblem> problems)
    {
        var result = new List<QuestionnaireImport>();
        foreach (var byQuestionnaire in lines.GroupBy(l => Find(sources, l.Key)!.Value.Definition.Id))
        {
            var q = sources.Questionnaires!.Get(byQuestionnaire.Key);
            var json = File.ReadAllText(Path.Combine(sources.QuestionnaireFolder!, q.File));
            var done = new List<(string Language, int Texts)>();
            var ok = true;
            foreach (var group in byQuestionnaire.GroupBy(l => l.Language))
            {
                var language = group.Key;
                var first = group.First();
                var name = $"questionnaire \"{q.Id}\" in {Language.NameOf(language)}";
                if (group.FirstOrDefault(l => l.Translation.Status != first.Translation.Status || l.Translation.ReviewedBy != first.Translation.ReviewedBy) is { } odd)
                {
                    problems.Add(new ImportProblem(odd.Line, $"Every line of {name} must have the same status and reviewed_by: a questionnaire is reviewed as a whole"));
                    ok = false;
                    continue;
                }
                var byPath = group.Select(l => (Found: Find(sources, l.Key)!.Value, l.Translation.Text))
                    .ToDictionary(l => l.Found.Path, l => (l.Found.Text.En, l.Text));
                var missing = q.Languages.Contains(language) ? [] : q.Translations.Texts.Where(t => !byPath.ContainsKey(t.Path)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new ImportProblem(first.Line, $"The {Language.NameOf(language)} translation of questionnaire \"{q.Id}\" is new, so every one of its texts must be translated: " +
                        $"{missing.Count} {(missing.Count == 1 ? "is" : "are")} missing, the first is \"{KeyOf(q, missing[0].Path)}\""));
                    ok = false;
                    continue;
                }
                json = Apply(json, language, byPath, first.Translation);
                done.Add((language, byPath.Count));
            }
            if (!ok) continue;
            try
            {
                result.Add(new QuestionnaireImport(q.Id, q.File, json, done, QuestionnaireLoader.Parse(q.File, Encoding.UTF8.GetBytes(json))));
            }
            catch (ContentValidationException e)
            {
                problems.Add(new ImportProblem(byQuestionnaire.First().Line, $"The translation of questionnaire \"{q.Id}\" cannot be used: {e.Message}"));
            }
        }
        return result;
    }

    /// <summary>
    /// The questionnaire file with <paramref name="texts"/> (JSON path → translation) written in
    /// <paramref name="language"/>, the language listed, and its status and source in <c>translations</c>.
    /// </summary>
    public static string Apply(string json, string language, IReadOnlyDictionary<string, (string English, string Text)> texts, Translation status)
    {
        var root = JsonNode.Parse(json.TrimStart('\uFEFF'))!.AsObject();
        foreach (var (path, (english, text)) in texts)
        {
            var (parent, step) = Locate(root, path);
            var node = Child(parent, step);
            if (node is JsonObject given) given[language] = text;
            else Set(parent, step, new JsonObject { [LocalText.English] = node?.GetValue<string>() ?? english, [language] = text });
        }
        if (root["languages"] is not JsonArray languages)
        {
            languages = new JsonArray(LocalText.English);
            root.Insert(Math.Min(root.Count, 1), "languages", languages);
        }
        if (!languages.Any(l => l?.GetValue<string>() == language)) languages.Add(language);
        if (root["translations"] is not JsonObject translations)
        {
            translations = [];
            root.Insert(root.IndexOf("languages") + 1, "translations", translations);
        }
        var entry = new JsonObject { ["status"] = status.Status == TranslationStatus.Reviewed ? "reviewed" : "draft", ["source"] = status.SourceHash };
        if (status.ReviewedBy is not null) entry["reviewedBy"] = status.ReviewedBy;
        if (status.ReviewedOn is { } on) entry["reviewedOn"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        translations[language] = entry;
        return root.ToJsonString(TranslationFiles.Pretty) + "\n";
    }

    /// <summary>The parent of the node at a loader's path (<c>$.sections[0].questions[2].optionLabels['really-happy']</c>) and the last step to it.</summary>
    static (JsonNode Parent, object Step) Locate(JsonNode root, string path)
    {
        var steps = Step().Matches(path[1..]).Select(m => m.Groups["i"].Success
            ? (object)int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)
            : m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["q"].Value.Replace("\\'", "'")).ToList();
        var node = root;
        foreach (var step in steps[..^1])
        {
            // A fixed label (faces, yes/no) with no optionLabels in the file yet: the object is made.
            if (Child(node, step) is not { } child) Set(node, step, child = new JsonObject());
            node = child;
        }
        return (node, steps[^1]);
    }

    static JsonNode? Child(JsonNode node, object step) => step is int i ? node.AsArray()[i] : node.AsObject()[(string)step];


    static void Set(JsonNode parent, object step, JsonNode value)
    {
        if (step is int i) parent.AsArray()[i] = value;
        else parent.AsObject()[(string)step] = value;
    }

    [GeneratedRegex(@"\.(?<n>[A-Za-z_][A-Za-z0-9_]*)|\[(?<i>\d+)\]|\['(?<q>(?:[^'\\]|\\.)*)'\]")]
    private static partial Regex Step();
}
