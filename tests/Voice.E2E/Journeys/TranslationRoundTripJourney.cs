using CsvHelper;
using Microsoft.Playwright;
using Voice.Data.Identity;
using Voice.Data.Languages;
using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

/// <summary>
/// A translator's export and import round-trips (issue 15), in the browser: a content editor
/// downloads a language's CSV, the translator fills in a page text, a whole questionnaire and a
/// local offer page, the editor uploads it, sees it saved and the coverage move, and a reader sees
/// the new words at once. A bad file shows the GOV.UK error summary and saves nothing. The app runs
/// on a copy of content/ (<see cref="E2EApp"/>), so the repository's files are never written.
/// Each run uses its own language, as the import changes the shared app.
/// </summary>
public class TranslationRoundTripJourney
{
    [Theory]
    [InlineData(true, "ro", "Bursa 16-19 și ajutor pentru costurile de la colegiu")]
    [InlineData(false, "pt", "Bolsa 16-19 e ajuda com os custos da escola")]
    public async Task ContentEditor_ExportsACsv_TheTranslatorFillsItIn_AndTheImportIsShownAtOnce(bool javaScript, string language, string pageTitle)
    {
        var app = await E2EApp.Shared;
        var (email, password, key) = await app.CreateStaffAsync([Roles.ContentEditor], name: "Cora Editor");
        await using var editor = await Journey.StartAsync(javaScript);
        await editor.SignInAsync(email, password, key!);

        await editor.GoToAsync("/staff/content/translations");
        await editor.ExpectHeadingAsync("Translations");
        await AssertAccessibleAsync(editor);
        var before = await CountsAsync(editor.Page, language);
        var download = await editor.Page.RunAndWaitForDownloadAsync(() => editor.Page.Locator($"#coverage tr[data-language={language}] a").ClickAsync());
        Assert.Matches($"^voice-translations-{language}-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.csv$", download.SuggestedFilename);
        using var stream = new StreamReader(await download.CreateReadStreamAsync());
        var rows = Parse(await stream.ReadToEndAsync());

        // The translator: a page text (now checked by them), every text of an English-only
        // questionnaire, and a whole local offer page laid out as its English is.
        var staffBody = rows.Single(r => r.Key == "home.staff.body");
        var catalog = staffBody with { Translation = "[E2E] " + staffBody.Translation, Status = "reviewed", ReviewedBy = "Ana Translator" };
        var questionnaire = rows.Where(r => r.Key.StartsWith("questionnaire:after-cin-review:", StringComparison.Ordinal))
            .Select(r => r with { Translation = $"{language.ToUpperInvariant()} {r.English}" }).ToList();
        Assert.NotEmpty(questionnaire);
        var page = rows.Single(r => r.Key == "offer:education/16-to-19-bursary");
        var lines = page.English.Split('\n');
        var translatedPage = page with { Translation = string.Join("\n", [pageTitle, "Bani / Dinheiro: " + lines[1], .. lines[2..8].Select(l => "- " + language + " " + l[2..]), .. lines[8..]]) };
        var file = Path.Combine(app.DataFolder, $"translated-{language}.csv");
        await File.WriteAllTextAsync(file, Csv([catalog, .. questionnaire, translatedPage]));

        await editor.ClickLinkAsync("Upload the translated CSV");
        await editor.ExpectHeadingAsync("Upload translations");
        await AssertAccessibleAsync(editor);
        await editor.Page.GetByLabel("CSV file", new() { Exact = true }).SetInputFilesAsync(file);
        await editor.ClickButtonAsync("Check and save");
        await editor.ExpectHeadingAsync("Translations");
        var saved = questionnaire.Count + 2;
        Assert.Contains($"{saved} translations saved ({saved} ", await editor.Page.Locator("#imported").InnerTextAsync());
        await AssertAccessibleAsync(editor);
        var after = await CountsAsync(editor.Page, language);
        Assert.Equal(before.TextsReviewed + 1, after.TextsReviewed);
        Assert.Equal(before.PagesMissing - 1, after.PagesMissing);
        Assert.Equal(before.QuestionnairesMissing - 1, after.QuestionnairesMissing);

        // A reader sees the page in the language at once, marked as not checked yet, and the reviewed page text.
        await using var reader = await Journey.StartAsync(javaScript);
        await reader.GoToAsync($"/care-leavers/education/16-to-19-bursary?lang={language}");
        Assert.Equal(pageTitle, await reader.HeadingAsync());
        Assert.Equal(language, await reader.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await reader.Page.Locator("#translation-unchecked").IsVisibleAsync());
        await reader.GoToAsync($"/?lang={language}");
        Assert.Contains(catalog.Translation, await reader.Page.Locator("main").InnerTextAsync());

        // A bad file: every problem listed in the GOV.UK way, nothing saved.
        var stale = catalog with { Translation = "[E2E] again", SourceHash = "000000000000" };
        await File.WriteAllTextAsync(file, Csv([stale]));
        await editor.GoToAsync("/staff/content/translations/import");
        await editor.Page.GetByLabel("CSV file", new() { Exact = true }).SetInputFilesAsync(file);
        await editor.ClickButtonAsync("Check and save");
        Assert.Equal(["1 line has a problem. Nothing has been saved: correct the file and upload it again"], await editor.ErrorSummaryAsync());
        Assert.Contains("has changed since this file was exported", await editor.Page.Locator("#problems tbody tr").InnerTextAsync());
        await AssertAccessibleAsync(editor);
        await reader.GoToAsync($"/?lang={language}");
        Assert.DoesNotContain("[E2E] again", await reader.Page.Locator("main").InnerTextAsync());
    }

    /// <summary>
    /// axe on the page as it is now. Without JavaScript axe cannot run in the page: there every
    /// template (and its error state) was already scanned as a copy when the journey first met it
    /// (<see cref="Journey.CheckPageAsync"/>).
    /// </summary>
    static async Task AssertAccessibleAsync(Journey journey)
    {
        if (journey.JavaScript) Assert.Empty(await AxeScan.ViolationsAsync(journey.Page));
    }

    sealed record Counts(int TextsReviewed, int PagesMissing, int QuestionnairesMissing);

    static async Task<Counts> CountsAsync(IPage page, string language)
    {
        async Task<int> CellAsync(string table, int column) =>
            int.Parse(await page.Locator($"#{table} tr[data-language={language}] td").Nth(column).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return new Counts(await CellAsync("coverage", 0), await CellAsync("page-coverage", 3), await CellAsync("questionnaire-coverage", 3));
    }

    static List<TranslationRow> Parse(string text)
    {
        using var csv = CsvReader.Create(new StringReader(text.TrimStart('\uFEFF')));
        csv.ReadHeader();
        var rows = new List<TranslationRow>();
        while (csv.Read())
        {
            string F(int i) => csv.GetString(i) ?? "";
            rows.Add(new TranslationRow(F(0), F(1), F(2), F(3), F(4), F(5), F(6), F(7)));
        }
        return rows;
    }

    static string Csv(IEnumerable<TranslationRow> rows)
    {
        var writer = new StringWriter();
        TranslationCsv.Write(writer, rows);
        return writer.ToString();
    }
}
