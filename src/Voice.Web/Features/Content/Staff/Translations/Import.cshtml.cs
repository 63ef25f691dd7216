using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Languages;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Content.Staff.Translations;

/// <summary>
/// A translator's CSV comes back. Every line is checked against the English as it is now; one bad
/// line and nothing is saved, and every bad line is listed. A good file is written to the
/// language's content files and used at once.
/// </summary>
public class ImportModel(Infrastructure.Languages.Translations translations, AuditWriter audit, VoiceDbContext db, TimeProvider clock, ContentLinks links,
    Voice.Data.CareLeavers.LocalOffer offer, Voice.Data.Feedback.Questionnaires.QuestionnaireCatalog questionnaires, Infrastructure.VoicePaths paths,
    IOutputCacheStore cache) : PageModel
{
    public const long MaxFileBytes = 2_000_000;

    [BindProperty] public IFormFile? CsvFile { get; set; }
    public ImportResult? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var text = await this.ReadCsvAsync(CsvFile, nameof(CsvFile), MaxFileBytes, $"The selected file must be smaller than {MaxFileBytes / 1_000_000} MB", ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Result = TranslationCsv.Read(new StringReader(text), IndexModel.Sources(translations, questionnaires, offer, paths), today);
        if (!Result.Ok)
        {
            var bad = Result.Problems.Count;
            this.Fail(nameof(CsvFile), $"{bad} {(bad == 1 ? "line has a problem" : "lines have problems")}. Nothing has been saved: correct the file and upload it again");
        }
        if (Result.Count == 0) this.Fail(nameof(CsvFile), "The file has no translations in it");

        translations.Import(Result.Changes);
        ImportedFiles.Write(Result, Path.Combine(paths.Content, "questionnaires"), Path.Combine(paths.Content, "local-offer"));
        questionnaires.Replace(Result.Questionnaires.Select(q => q.Definition));
        offer.Replace(Result.Pages.Select(p => p.Translation));
        // The public pages are kept in the output cache: drop them, so the new words are shown at once.
        await cache.EvictByTagAsync(Infrastructure.PublicContentCache.ContentTag, ct);
        var summary = Result.Summary;
        audit.Add(User.ToActor(), "Imported translations", "Translations", Path.GetFileName(CsvFile!.FileName) is { Length: > 0 and <= 200 } n ? n : "upload.csv", summary);
        await db.SaveChangesAsync(ct);
        TempData["Imported"] = $"{Result.Count} translations saved ({summary})";
        return Redirect(links.Translations());
    }
}
