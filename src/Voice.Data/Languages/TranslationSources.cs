using Voice.Data.CareLeavers;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Data.Languages;

/// <summary>
/// Everything a translator's CSV covers: the catalog's texts, the questionnaires (whose files are
/// in <see cref="QuestionnaireFolder"/>) and the local offer pages. Without questionnaires or pages
/// the CSV has catalog texts only.
/// </summary>
public sealed record TranslationSources(
    TranslationCatalog Catalog,
    QuestionnaireCatalog? Questionnaires = null,
    string? QuestionnaireFolder = null,
    LocalOffer? Offer = null);

/// <summary>A questionnaire rewritten by an import (in one language or more): its file's new JSON, checked by loading it.</summary>
public sealed record QuestionnaireImport(string Id, string File, string Json, IReadOnlyList<(string Language, int Texts)> Languages, QuestionnaireDefinition Definition);

/// <summary>A local offer page translated by an import: its Markdown file (relative to the local offer folder), checked by loading it.</summary>
public sealed record PageImport(string Language, string File, string Markdown, OfferPageTranslation Translation);

/// <summary>Writes an import's questionnaire and page files, each beside itself and then moved over the old one.</summary>
public static class ImportedFiles
{
    public static void Write(ImportResult result, string questionnaireFolder, string offerFolder)
    {
        foreach (var q in result.Questionnaires) TranslationFiles.WriteBeside(Path.Combine(questionnaireFolder, q.File), q.Json);
        foreach (var p in result.Pages) TranslationFiles.WriteBeside(Path.Combine(offerFolder, p.File), p.Markdown);
    }
}
