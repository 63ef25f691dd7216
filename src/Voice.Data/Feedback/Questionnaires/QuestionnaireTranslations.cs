using System.Globalization;
using Voice.Data.Languages;

namespace Voice.Data.Feedback.Questionnaires;

/// <summary>
/// The status of each language a questionnaire is translated into (issue 15): draft or reviewed
/// (by whom, when), and the fingerprint of the questionnaire's English it was made from. The rules
/// are the translation catalog's (<see cref="TranslationCatalog"/>), applied to the questionnaire's
/// English as one text: when any English text changes, every language needs review and the
/// questionnaire is shown in English until it is translated or checked again.
/// </summary>
public sealed class QuestionnaireTranslations
{
    readonly string key;
    readonly TranslationCatalog catalog;

    public QuestionnaireTranslations(string questionnaireId, string english, IReadOnlyDictionary<string, Translation> byLanguage)
    {
        key = "questionnaire." + questionnaireId;
        English = english;
        ByLanguage = byLanguage;
        catalog = new TranslationCatalog(
            new Dictionary<string, string> { [key] = english },
            byLanguage.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, Translation>)new Dictionary<string, Translation> { [key] = t.Value }));
    }

    /// <summary>All the questionnaire's English texts, in file order, one a line.</summary>
    public string English { get; }

    /// <summary>What a translation's <c>source</c> must be to be current.</summary>
    public string Fingerprint => TranslationText.Hash(English);

    public IReadOnlyDictionary<string, Translation> ByLanguage { get; }

    /// <summary>Every text of the questionnaire with its JSON path (<c>$.sections[0].title</c>), in file order: what a translator translates.</summary>
    public IReadOnlyList<(string Path, LocalText Text)> Texts { get; init; } = [];

    public TranslationState StateOf(string language) => catalog.StateOf(language, key);

    /// <summary>The language the questionnaire is shown in for a reader of <paramref name="language"/>: it, or English when it has no usable translation.</summary>
    public string ShownIn(string language) =>
        language != LocalText.English && StateOf(language) is TranslationState.Draft or TranslationState.Reviewed ? language : LocalText.English;

    /// <summary>
    /// How many questionnaires a language has, by state, for the translations coverage page: a
    /// questionnaire is translated (and reviewed) as a whole, so each counts once. One that does not
    /// list the language is missing in it.
    /// </summary>
    public static LanguageCoverage Coverage(IReadOnlyList<QuestionnaireDefinition> questionnaires, string language)
    {
        var counts = questionnaires.GroupBy(q => q.Translations.StateOf(language)).ToDictionary(g => g.Key, g => g.Count());
        return new LanguageCoverage(Language.Find(language)!, questionnaires.Count,
            counts.GetValueOrDefault(TranslationState.Reviewed), counts.GetValueOrDefault(TranslationState.Draft),
            counts.GetValueOrDefault(TranslationState.NeedsReview), counts.GetValueOrDefault(TranslationState.Missing));
    }

    /// <summary>Reads <c>"translations"</c>: one entry for each language listed besides English.</summary>
    internal static IReadOnlyDictionary<string, Translation> Read(ContentNode root, IReadOnlyList<string> languages)
    {
        var result = new Dictionary<string, Translation>();
        var node = root.Optional("translations");
        if (node is { } given)
        {
            foreach (var (language, entry) in given.Properties())
            {
                if (language == LocalText.English || !languages.Contains(language))
                    throw entry.Error($"\"{language}\" is not a translated language listed in \"languages\" ({string.Join(", ", languages.Skip(1))})");
                result[language] = ReadEntry(entry);
            }
        }
        var untold = languages.Where(l => l != LocalText.English && !result.ContainsKey(l)).ToList();
        if (untold.Count > 0)
        {
            var problem = $"must give the status and source of {string.Join(", ", untold)}, for example {{\"status\": \"draft\", \"source\": \"<fingerprint of the English>\"}}";
            throw node is { } n ? n.Error(problem) : root.Error("translations", problem);
        }
        return result;
    }

    static Translation ReadEntry(ContentNode entry)
    {
        entry.ExpectObject("status", "source", "reviewedBy", "reviewedOn");
        var statusNode = entry.Required("status");
        var status = statusNode.String(20) switch
        {
            "draft" => TranslationStatus.Draft,
            "reviewed" => TranslationStatus.Reviewed,
            _ => throw statusNode.Error("must be \"draft\" or \"reviewed\""),
        };
        var sourceNode = entry.Required("source");
        var source = sourceNode.String(20);
        if (source.Length != 12 || !source.All(char.IsAsciiHexDigitLower))
            throw sourceNode.Error("must be the 12-character fingerprint of the English it was translated from");
        var by = entry.Optional("reviewedBy")?.String(TranslationFiles.ReviewerMax);
        DateOnly? on = null;
        if (entry.Optional("reviewedOn") is { } onNode)
            on = DateOnly.TryParseExact(onNode.String(10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw onNode.Error("must be a date like 2026-11-26");
        if (status == TranslationStatus.Reviewed && (string.IsNullOrWhiteSpace(by) || on is null))
            throw entry.Error("a reviewed translation must say who reviewed it (reviewedBy) and when (reviewedOn)");
        return new Translation("", status, source, by, on);
    }
}
