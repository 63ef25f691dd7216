using Voice.Data.Languages;

namespace Voice.Web.Infrastructure.Languages;

/// <summary>
/// The translation catalog in force, loaded from <c>content/translations/</c> at start-up (a
/// mistake stops the app, naming the file and key). An import writes the language's files and
/// swaps in the new catalog; requests already running keep the one they started with.
/// </summary>
public sealed class Translations(string directory)
{
    readonly Lock gate = new();
    TranslationCatalog catalog = TranslationFiles.Load(directory);

    public TranslationCatalog Catalog => Volatile.Read(ref catalog);

    public string Directory => directory;

    /// <summary>Stores every change (all checked beforehand) in the content files and the catalog.</summary>
    public void Import(IReadOnlyList<(string Language, string Key, Translation Translation)> changes)
    {
        lock (gate)
        {
            var next = catalog.With(changes);
            foreach (var language in changes.GroupBy(c => c.Language))
                TranslationFiles.Write(directory, next, language.Key, language.Select(c => c.Key));
            Volatile.Write(ref catalog, next);
        }
    }
}
