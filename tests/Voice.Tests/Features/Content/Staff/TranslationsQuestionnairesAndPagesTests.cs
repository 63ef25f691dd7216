using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data.CareLeavers;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Languages;
using Voice.Tests.Support;
using static Voice.Tests.Areas.Staff.Content.TranslationsPageTests;

namespace Voice.Tests.Areas.Staff.Content;

/// <summary>
/// The one CSV round trip also carries questionnaires (a line per text) and local offer pages (a
/// line per page): exported, filled in, imported, written to their files and shown at once.
/// Each test runs on its own copy of content/.
/// </summary>
public class TranslationsQuestionnairesAndPagesTests
{
    static async Task<List<string[]>> ExportAsync(PageClient client, string language)
    {
        var export = await client.Http.GetAsync($"/staff/content/translations/export?language={language}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var text = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var csv = CsvReader.Create(new StringReader(text));
        csv.ReadHeader();
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray());
        return rows;
    }

    static string Csv(IEnumerable<string[]> rows)
    {
        var writer = new StringWriter();
        TranslationCsv.Write(writer, rows.Select(r => new TranslationRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])));
        return writer.ToString();
    }

    static int Cell(PageResult page, string table, string language, int column) =>
        int.Parse(page.Document.QuerySelector($"#{table} tr[data-language={language}]")!.QuerySelectorAll("td")[column].TextContent);

    [Fact]
    public async Task Export_ThenImport_AQuestionnaireAndAPage_WritesTheirFiles_AndShowsThemAtOnce()
    {
        var (app, content) = await StartAsync();
        await using var _ = app;
        var client = await EditorAsync(app);
        var rows = await ExportAsync(client, "ro");
        var questionnaire = rows.Where(r => r[0].StartsWith("questionnaire:after-cin-review:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(questionnaire);
        Assert.All(questionnaire, r => Assert.Equal("missing", r[7]));
        var page = rows.Single(r => r[0] == "offer:education/16-to-19-bursary");
        Assert.Contains("\n- A laptop for your course if you do not have one\n", page[2]);
        var before = await client.GetAsync("/staff/content/translations");

        // A public visitor has the untranslated page cached before the import.
        var reader = PageClient.For(app);
        Assert.Contains("16 to 19 Bursary", (await reader.GetAsync("/care-leavers/education/16-to-19-bursary?lang=ro")).Document.QuerySelector("h1")!.TextContent);

        foreach (var r in questionnaire) r[4] = "RO " + r[2];
        var lines = page[2].Split('\n');
        page[4] = string.Join("\n", ["Bursa 16-19 și ajutor pentru costurile de la colegiu", "Bani pentru transport, cărți și mâncare.", .. lines[2..8].Select(l => "- RO " + l[2..]), .. lines[8..]]);
        var saved = await UploadAsync(client, Csv([.. questionnaire, page]), "ro.csv");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await client.FollowAsync(saved);
        Assert.Contains($"{questionnaire.Count + 1} translations saved ({questionnaire.Count + 1} Romanian)", after.Document.GetElementById("imported")!.TextContent);
        Assert.Equal(Cell(before, "questionnaire-coverage", "ro", 3) - 1, Cell(after, "questionnaire-coverage", "ro", 3));
        Assert.Equal(Cell(before, "page-coverage", "ro", 3) - 1, Cell(after, "page-coverage", "ro", 3));

        // Written to the files, beside the English, as the app loads them.
        var reloaded = QuestionnaireLoader.LoadDirectory(Path.Combine(content, "questionnaires")).Get("after-cin-review");
        Assert.Equal(TranslationState.Draft, reloaded.Translations.StateOf("ro"));
        Assert.Equal("RO How is the help going?", reloaded.Title.Get("ro"));
        Assert.Equal(TranslationState.Draft, LocalOfferLoader.LoadOrThrow(Path.Combine(content, "local-offer")).Coverage("ro") is var c && c.Draft > 0 ? TranslationState.Draft : TranslationState.Missing);
        Assert.True(File.Exists(Path.Combine(content, "local-offer", "education", "16-to-19-bursary.ro.md")));
        Assert.Empty(Directory.GetFiles(content, "*.importing", SearchOption.AllDirectories));

        // In use at once: the questionnaire in the running app, the page for the same visitor (no stale cached copy).
        Assert.Equal("RO How is the help going?", app.Services.GetRequiredService<QuestionnaireCatalog>().Get("after-cin-review").Title.Get("ro"));
        var shown = await reader.GetAsync("/care-leavers/education/16-to-19-bursary?lang=ro");
        Assert.Equal("Bursa 16-19 și ajutor pentru costurile de la colegiu", shown.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(shown.Document.GetElementById("translation-unchecked"));
    }

    [Fact]
    public async Task Import_WithABadQuestionnaireOrPageLine_SavesNothing()
    {
        var (app, content) = await StartAsync();
        await using var _ = app;
        var client = await EditorAsync(app);
        var rows = await ExportAsync(client, "ro");
        var title = rows.First(r => r[0] == "questionnaire:lac-review-11-17:$.title");
        var page = rows.Single(r => r[0] == "offer:education/16-to-19-bursary");
        var catalog = rows.First(r => !r[0].Contains(':'));
        title[4] = "Revizuirea mea";
        page[4] = "Doar un titlu";
        catalog[4] = "Un text bun";
        var questionnaireFile = File.ReadAllText(Path.Combine(content, "questionnaires", "lac-review-11-17.json"));

        var result = await UploadAsync(client, Csv([catalog, title, page]), "ro.csv");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["1 line has a problem. Nothing has been saved: correct the file and upload it again"], result.Errors);
        var problem = result.Document.QuerySelectorAll("#problems tbody tr").Single();
        Assert.Equal("4", problem.QuerySelector("td")!.TextContent);
        Assert.Contains("must be laid out as the English is", problem.TextContent);
        Assert.Equal(questionnaireFile, File.ReadAllText(Path.Combine(content, "questionnaires", "lac-review-11-17.json")));
        Assert.False(File.Exists(Path.Combine(content, "local-offer", "education", "16-to-19-bursary.ro.md")));
        Assert.NotEqual("Revizuirea mea", app.Services.GetRequiredService<QuestionnaireCatalog>().Get("lac-review-11-17").Title.Get("ro"));
        Assert.NotEqual("Un text bun", app.Services.GetRequiredService<Voice.Web.Infrastructure.Languages.Translations>().Catalog.Find("ro", catalog[0])?.Text);
    }
}
