namespace Voice.Data.Languages;

/// <summary>
/// Every English text a public page shows, by key, with its translations. The rules: English is
/// the source; a translation is used while it is draft or reviewed and was made from the English
/// as it is now; when the English has changed it "needs review" and the English is shown instead;
/// with no translation the English is shown. Immutable: an import makes a new catalog.
/// </summary>
public sealed class TranslationCatalog
{
    readonly Dictionary<string, Dictionary<string, Translation>> byLanguage;
    readonly Dictionary<string, List<string>> keysByEnglish;
    readonly HashSet<string> files;

    public TranslationCatalog(
        IReadOnlyDictionary<string, string> english,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Translation>> translations,
        IReadOnlyDictionary<string, string>? fileOfKey = null)
    {
        English = english;
        FileOfKey = fileOfKey ?? english.Keys.ToDictionary(k => k, _ => "texts");
        byLanguage = translations.ToDictionary(t => t.Key, t => t.Value.ToDictionary(e => e.Key, e => e.Value));
        files = FileOfKey.Values.ToHashSet();
        keysByEnglish = [];
        foreach (var (key, text) in english)
        {
            if (!keysByEnglish.TryGetValue(text, out var keys)) keysByEnglish[text] = keys = [];
            keys.Add(key);
        }
    }

    /// <summary>Key → English text.</summary>
    public IReadOnlyDictionary<string, string> English { get; }

    /// <summary>Key → the content file (without .json) it lives in, the same name in every language.</summary>
    public IReadOnlyDictionary<string, string> FileOfKey { get; }

    public Translation? Find(string language, string key) =>
        byLanguage.TryGetValue(language, out var entries) && entries.TryGetValue(key, out var t) ? t : null;

    public TranslationState StateOf(string language, string key)
    {
        if (!English.TryGetValue(key, out var english)) throw new KeyNotFoundException($"No English text has the key \"{key}\"");
        var t = Find(language, key);
        return TranslationRules.StateOf(language, english, t?.Status, t?.SourceHash);
    }

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, or the English when there is no usable translation.</summary>
    public TranslatedText Get(string language, string key)
    {
        var state = StateOf(language, key);
        return state is TranslationState.Draft or TranslationState.Reviewed && language != Language.EnglishCode
            ? new TranslatedText(Find(language, key)!.Text, language, state)
            : new TranslatedText(English[key], Language.EnglishCode, state);
    }

    /// <summary>
    /// An English text that is not written by key (a validation message from a page's rules, a
    /// GOV.UK component's label): translated when some key has exactly this English, otherwise the
    /// English itself. The same English can live in several files in different registers (the
    /// care leavers' "Start now" is not the complaint's): the key in <paramref name="file"/>, the
    /// page's own area, is used first; then the first file in name order that has it. Two keys in
    /// one file with the same English and different words (a choice "Email" and a summary row
    /// "Email" in Lithuanian) cannot be told apart by their English: pages write those by key.
    /// </summary>
    public TranslatedText Translate(string language, string english, string? file = null)
    {
        if (!keysByEnglish.TryGetValue(english, out var keys)) return new TranslatedText(english, Language.EnglishCode, TranslationState.Missing);
        var key = file is null ? keys[0] : keys.Find(k => FileOfKey[k] == file) ?? keys[0];
        return Get(language, key);
    }

    /// <summary>Whether some key's English lives in <paramref name="file"/> (a content file's name without .json).</summary>
    public bool HasFile(string file) => files.Contains(file);

    public bool HasKey(string key) => English.ContainsKey(key);

    /// <summary>True when some key has exactly this English (so a page showing it untranslated is showing English).</summary>
    public bool IsEnglishText(string text) => keysByEnglish.ContainsKey(text);

    /// <summary>How much of the English each language has, by state.</summary>
    public LanguageCoverage Coverage(string language)
    {
        var counts = English.Keys.GroupBy(k => StateOf(language, k)).ToDictionary(g => g.Key, g => g.Count());
        return new LanguageCoverage(Language.Find(language)!, English.Count,
            counts.GetValueOrDefault(TranslationState.Reviewed), counts.GetValueOrDefault(TranslationState.Draft),
            counts.GetValueOrDefault(TranslationState.NeedsReview), counts.GetValueOrDefault(TranslationState.Missing));
    }

    /// <summary>Every translation of <paramref name="language"/>, by key.</summary>
    public IReadOnlyDictionary<string, Translation> TranslationsOf(string language) =>
        byLanguage.TryGetValue(language, out var entries) ? entries : new Dictionary<string, Translation>();

    /// <summary>A new catalog with these translations added or replaced.</summary>
    public TranslationCatalog With(IEnumerable<(string Language, string Key, Translation Translation)> changes)
    {
        var copy = byLanguage.ToDictionary(l => l.Key, l => new Dictionary<string, Translation>(l.Value));
        foreach (var (language, key, translation) in changes)
        {
            if (!copy.TryGetValue(language, out var entries)) copy[language] = entries = [];
            entries[key] = translation;
        }
        return new TranslationCatalog(English, copy.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, Translation>)c.Value), FileOfKey);
    }
}

public sealed record LanguageCoverage(Language Language, int Total, int Reviewed, int Draft, int NeedsReview, int Missing)
{
    /// <summary>Texts a reader sees in the language (reviewed or draft), as a whole percentage of all texts.</summary>
    public int PercentTranslated => Total == 0 ? 100 : (int)Math.Floor(100.0 * (Reviewed + Draft) / Total);
}
