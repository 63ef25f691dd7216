using System.Net;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Content;

/// <summary>The translations page counts the local offer's Markdown page translations and lists what a translator must do, with the fingerprint to use.</summary>
public class PageTranslationsCoverageTests
{
    [Fact]
    public async Task TheCoveragePage_CountsLocalOfferPages_PerLanguage_AndListsTheFilesToTranslate()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ContentEditor]));
        var page = await client.GetAsync("/staff/content/translations");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var offer = LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer"));
        var polish = page.Document.QuerySelector("#page-coverage tr[data-language=pl]")!.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent)).ToList();
        // Reviewed, draft, needs review, missing: the ten pages are drafts; everything else is missing.
        Assert.Equal([0, 10, 0, offer.Pages.Count - 10], polish);

        var toDo = page.Document.GetElementById("pages-ar")!.TextContent;
        var councilTax = offer.Find("money", "council-tax")!;
        Assert.Contains($"money/council-tax.ar.md: missing, source {councilTax.SourceHash}", toDo);
        Assert.Contains($"health/your-health-history.ar.md: draft, source {offer.Find("health", "your-health-history")!.SourceHash}", toDo);
    }

    [Fact]
    public async Task TheCoveragePage_CountsQuestionnaires_PerLanguage_WithNeedsReviewApart_WhenTheirEnglishChanged()
    {
        // A copy of content/ whose 11-17 questionnaire has new English since its translations were made.
        var content = TestPaths.CopyOfContent();
        var file = Path.Combine(content, "questionnaires", "lac-review-11-17.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"en\": \"My review: my views\"", "\"en\": \"My review: what I think\""));
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:ContentPath"] = content });
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ContentEditor]));
        var page = await client.GetAsync("/staff/content/translations");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var questionnaires = Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.LoadDirectory(Path.Combine(content, "questionnaires"));
        var urdu = page.Document.QuerySelector("#questionnaire-coverage tr[data-language=ur]")!.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent)).ToList();
        // Reviewed, draft, needs review, missing: the parents' two are drafts, the changed 11-17 one needs review, the rest are English only.
        Assert.Equal([0, 2, 1, questionnaires.All.Count - 3], urdu);

        var toDo = page.Document.GetElementById("questionnaires-ur")!.TextContent;
        Assert.Contains($"lac-review-11-17.json: needs review, source {questionnaires.Get("lac-review-11-17").Translations.Fingerprint}", toDo);
        Assert.Contains("after-complaint.json: missing", toDo);
        // The catalog's texts and the local offer pages are still counted beside them.
        Assert.NotNull(page.Document.QuerySelector("#coverage tr[data-language=ur]"));
        Assert.NotNull(page.Document.QuerySelector("#page-coverage tr[data-language=ur]"));
    }
}
