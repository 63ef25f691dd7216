using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Languages;
using Voice.Web.Infrastructure.Languages;

namespace Voice.Web.Features.Content.Staff.Translations;

/// <summary>
/// A content editor sees how much of the public pages each language has, by status, and
/// downloads for a translator what a language is missing, has in draft or needs to review.
/// </summary>
public class IndexModel(Infrastructure.Languages.Translations translations, TimeProvider clock, Voice.Data.CareLeavers.LocalOffer offer,
    Voice.Data.Feedback.Questionnaires.QuestionnaireCatalog questionnaires, Infrastructure.VoicePaths paths) : PageModel
{
    /// <summary>Whether the language has every text, page and questionnaire reviewed, so its CSV would be empty.</summary>
    public bool NothingToDo(string language) =>
        Coverage.Concat(Pages).Concat(Questionnaires).Where(c => c.Language.Code == language).All(c => c.Reviewed == c.Total);

    public IReadOnlyList<LanguageCoverage> Coverage { get; private set; } = [];
    public int Texts { get; private set; }
    /// <summary>The care leavers' local offer pages (Markdown, translated page by page), by language.</summary>
    public IReadOnlyList<LanguageCoverage> Pages { get; private set; } = [];
    /// <summary>Per language, every local offer page that is missing, in draft or needs review, with the fingerprint a translation must carry.</summary>
    public IReadOnlyList<(Language Language, IReadOnlyList<(string File, TranslationState State, string Source)> ToDo)> PagesToDo { get; private set; } = [];

    /// <summary>The questionnaires (translated and reviewed whole, in their own JSON file), by language.</summary>
    public IReadOnlyList<LanguageCoverage> Questionnaires { get; private set; } = [];
    /// <summary>Per language, every questionnaire that is missing, in draft or needs review, with the fingerprint its translation's <c>source</c> must carry.</summary>
    public IReadOnlyList<(Language Language, IReadOnlyList<(string File, TranslationState State, string Source)> ToDo)> QuestionnairesToDo { get; private set; } = [];

    public void OnGet()
    {
        Questionnaires = Language.Translated.Select(l => Voice.Data.Feedback.Questionnaires.QuestionnaireTranslations.Coverage(questionnaires.All, l.Code)).ToList();
        QuestionnairesToDo = Language.Translated
            .Select(l => (l, (IReadOnlyList<(string, TranslationState, string)>)questionnaires.All
                .Select(q => (q.File, State: q.Translations.StateOf(l.Code), q.Translations.Fingerprint))
                .Where(q => q.State != TranslationState.Reviewed)
                .ToList()))
            .ToList();
        var catalog = translations.Catalog;
        Texts = catalog.English.Count;
        Coverage = Language.Translated.Select(l => catalog.Coverage(l.Code)).ToList();
        Pages = Language.Translated.Select(l => offer.Coverage(l.Code)).ToList();
        PagesToDo = Language.Translated
            .Select(l => (l, (IReadOnlyList<(string, TranslationState, string)>)offer.Pages
                .Select(p => (File: p.File[..^3] + "." + l.Code + ".md", State: offer.StateOf(p, l.Code), p.SourceHash))
                .Where(p => p.State != TranslationState.Reviewed)
                .ToList()))
            .ToList();
    }

    public IActionResult OnGetExport(string? language)
    {
        if (Language.Find(language) is not { } l || l.Code == Language.EnglishCode) return NotFound();
        var text = new StringWriter();
        TranslationCsv.Write(text, TranslationCsv.ToDo(Sources(translations, questionnaires, offer, paths), l.Code));
        var date = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // With a byte order mark, so spreadsheets open the file as UTF-8 (Urdu and Arabic are not Latin-1).
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(),
            "text/csv; charset=utf-8", $"voice-translations-{l.Code}-{date}.csv");
    }

    /// <summary>What the CSV covers, as it is now: the catalog, the questionnaires and the local offer pages.</summary>
    public static TranslationSources Sources(Infrastructure.Languages.Translations translations, Voice.Data.Feedback.Questionnaires.QuestionnaireCatalog questionnaires,
        Voice.Data.CareLeavers.LocalOffer offer, Infrastructure.VoicePaths paths) =>
        new(translations.Catalog, questionnaires, Path.Combine(paths.Content, "questionnaires"), offer);
}
