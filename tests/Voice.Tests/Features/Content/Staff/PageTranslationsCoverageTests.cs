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
}
