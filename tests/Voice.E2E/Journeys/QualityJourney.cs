using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Voice.Data.Identity;
using Voice.E2E.Support;
using Voice.Tests.Support;
using Voice.Web.Features.Quality;

namespace Voice.E2E.Journeys;

/// <summary>
/// A QA analyst, in the browser: overview, themes filtered by team and period, a theme's detail,
/// emerging phrases, audit actions and the CSV export. What the figures must be is proved by the page tests; this proves the
/// screens work together, with and without JavaScript, and pass axe.
/// </summary>
public class QualityJourney
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task QaAnalyst_FiltersThemes_ReadsFamilyContact_AndDownloadsTheFigures(bool javaScript)
    {
        var app = await E2EApp.Shared;
        using (var scope = app.App.Services.CreateScope())
            await QualityDemo.SeedAsync(scope.ServiceProvider);
        var (email, password, key) = await app.CreateStaffAsync([Roles.QaAnalyst], name: "Quinn Analyst");
        await using var journey = await Journey.StartAsync(javaScript);

        await journey.SignInAsync(email, password, key!);

        await journey.GoToAsync("/staff/quality");
        await journey.ExpectHeadingAsync("Overview");
        await journey.ClickLinkAsync("Themes");
        await journey.ExpectHeadingAsync("Themes");
        await ChooseAsync(journey, "Period", new SelectOptionValue { Index = 1 });
        await ChooseAsync(journey, "Team", new SelectOptionValue { Label = QualityDemo.Teams[0] });
        Assert.Contains($"team={Uri.EscapeDataString(QualityDemo.Teams[0])}".Replace("%20", "+"), journey.Page.Url.Replace("%20", "+"));
        Assert.Contains($"team={Uri.EscapeDataString(QualityDemo.Teams[0])}", await journey.Page.Locator("#quality-nav a", new() { HasText = "Emerging phrases" }).GetAttributeAsync("href"));

        await journey.ClickLinkAsync("Seeing family and friends");
        await journey.ExpectHeadingAsync("Seeing family and friends");
        Assert.Contains("% positive", await journey.Page.Locator("#theme-by-quarter").InnerTextAsync());
        Assert.True(await journey.Page.Locator("[data-quote]").CountAsync() > 0);

        await journey.ClickLinkAsync("Emerging phrases");
        await journey.ExpectHeadingAsync("Emerging phrases");
        // The menu keeps the filters chosen, whether they were chosen in place (htmx) or by reloading.
        Assert.Equal(QualityDemo.Teams[0], await journey.Page.GetByLabel("Team", new() { Exact = true }).InputValueAsync());
        Assert.True(await journey.Page.Locator("#phrases tbody tr").CountAsync() > 0);
        await journey.ClickLinkAsync("Audit actions");
        await journey.ExpectHeadingAsync("Audit actions due and overdue");

        await journey.ClickLinkAsync("Export");
        await journey.ExpectHeadingAsync("Quality assurance report");
        Assert.Equal(QualityDemo.Teams[0], await journey.Page.GetByLabel("Team", new() { Exact = true }).InputValueAsync());
        var download = await journey.Page.RunAndWaitForDownloadAsync(() => journey.Page.Locator("#csv").ClickAsync());
        using var csv = new StreamReader(await download.CreateReadStreamAsync());
        Assert.Contains("family-contact", await csv.ReadToEndAsync());
    }

    /// <summary>Chooses a filter: with JavaScript the results change in place (htmx); without, "Apply filters" reloads the page.</summary>
    static async Task ChooseAsync(Journey journey, string label, SelectOptionValue option)
    {
        var select = journey.Page.GetByLabel(label, new() { Exact = true });
        if (journey.JavaScript)
        {
            await journey.ActAndWaitForPageAsync(() => select.SelectOptionAsync(option), htmx: true);
            await journey.CheckPageAsync();
        }
        else
        {
            await select.SelectOptionAsync(option);
            await journey.ClickButtonAsync("Apply filters");
        }
    }
}
