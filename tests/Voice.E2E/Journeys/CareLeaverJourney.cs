using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Voice.Data.CareLeavers;
using Voice.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace Voice.E2E.Journeys;

public partial class CareLeaverJourney
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CareLeaver_FindsTheBursaryBySearch_UsesTheChecker_AndRequestsTheirHealthHistory(bool javaScript)
    {
        await using var journey = await Journey.StartAsync(javaScript);
        await journey.GoToAsync("/");
        await journey.ClickLinkAsync("Help for care leavers");
        await journey.ExpectHeadingAsync("Help for care leavers");

        await journey.FillAsync("Search the local offer", "university bursary");
        await journey.ClickButtonAsync("Search");
        await journey.ExpectHeadingAsync("Search the local offer");
        await journey.ClickLinkAsync("Higher education bursary and going to university");
        await journey.ExpectHeadingAsync("Higher education bursary and going to university");
        await journey.ClickLinkAsync("Read this page in easy read");
        await journey.ExpectHeadingAsync("Higher education bursary and going to university (easy read)");

        await journey.ClickLinkAsync("Check what you can get");
        await journey.ExpectHeadingAsync("Check what you can get as a care leaver");
        var dob = await CheckAsAFormerRelevantCareLeaverAsync(journey);
        Assert.Contains("will confirm what you can get", await journey.Page.Locator("main").InnerTextAsync());

        await journey.ClickLinkAsync("Your health history");
        await journey.ExpectHeadingAsync("Your health history");
        await journey.ClickLinkAsync("ask for your health history online");
        await journey.ExpectHeadingAsync("Ask for your health history");
        var email = $"care-leaver-{Guid.NewGuid():N}@northfield.example";
        await journey.FillAsync("Full name", "Riley Example");
        await journey.FillAsync("Day", dob.Day.ToString());
        await journey.FillAsync("Month", dob.Month.ToString());
        await journey.FillAsync("Year", dob.Year.ToString());
        await journey.CheckAsync("Email");
        await journey.FillAsync("Email address", email);
        await journey.FillAsync("What would you like from your health history?", "My immunisation record and birth details");
        await journey.CheckAsync("By email");
        await journey.ClickButtonAsync("Send your request");
        await journey.ExpectHeadingAsync("Request sent");
        var reference = (await journey.Page.GetByTestId("reference").InnerTextAsync()).Trim();
        var code = (await journey.Page.GetByTestId("code").InnerTextAsync()).Trim();
        Assert.Contains(reference, journey.LatestEmailTo(email).Body);

        await journey.ClickLinkAsync("Check on your request");
        await journey.FillAsync("Reference", reference);
        await journey.FillAsync("Private code", code);
        await journey.ClickButtonAsync("Check");
        await journey.ExpectHeadingAsync("Your health history request");
        Assert.Contains("We have your request", await journey.Page.Locator("main").InnerTextAsync());
    }

    /// <summary>From the checker's start page to its result, as a 19-year-old former relevant care leaver; returns the date of birth given.</summary>
    internal static async Task<DateTime> CheckAsAFormerRelevantCareLeaverAsync(Journey journey)
    {
        await journey.ClickButtonAsync("Start now");
        await journey.ExpectHeadingAsync("What is your date of birth?");
        await journey.ClickButtonAsync("Continue");
        Assert.Equal(["Enter date of birth"], await journey.ErrorSummaryAsync());
        await ScreenReader.AssertErrorsAnnouncedAsync(journey);
        var dob = TimeProvider.System.GetUtcNow().UtcDateTime.AddYears(-19).AddDays(-20);
        await journey.FillAsync("Day", dob.Day.ToString());
        await journey.FillAsync("Month", dob.Month.ToString());
        await journey.FillAsync("Year", dob.Year.ToString());
        await journey.ClickButtonAsync("Continue");
        foreach (var answer in new[] { "13 weeks (about 3 months) or more", "Yes", "On my 18th birthday", "No", "No", "Yes" })
        {
            await journey.CheckAsync(answer);
            await journey.ClickButtonAsync("Continue");
        }
        await journey.ExpectHeadingAsync("Check your answers");
        await journey.ClickButtonAsync("See what you can get");
        await journey.ExpectHeadingAsync("You are likely to be a former relevant care leaver");
        return dob;
    }

    [Fact]
    public async Task Search_ShowsLiveResults_WhileTyping()
    {
        await using var journey = await Journey.StartAsync(javaScript: true);
        await journey.GoToAsync("/care-leavers/search");
        await ScreenReader.MarkLiveRegionsAsync(journey.Page);
        await journey.Page.Locator("#q").PressSequentiallyAsync("helth history", new() { Delay = 30 });
        // A pause in the typing on a busy machine sends a search for part of the words first, whose
        // results may already hold the page; so wait for the results of the whole query, with no
        // search still on its way (htmx marks the input with htmx-request while one is).
        var results = journey.Page.Locator("#search-results");
        await Expect(results.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("found for ‘helth history’");
        await Expect(journey.Page.Locator("#q.htmx-request")).ToHaveCountAsync(0);
        await results.GetByRole(AriaRole.Link, new() { Name = "Your health history", Exact = true }).WaitForAsync();
        Assert.EndsWith("/care-leavers/search", journey.Page.Url); // no page load happened
        await ScreenReader.AssertSwapAnnouncedAsync(journey.Page, "#search-results");
        await journey.CheckPageAsync();
    }

    /// <summary>
    /// Every care leaver page template, in the browser with axe: the content page (and its easy
    /// read version) with the most kinds of markup stands for them all. Every content page's
    /// HTML is checked for structure in the page tests (LocalOfferStructureTests).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryCareLeaverTemplate_IsAccessible(bool javaScript)
    {
        var app = await E2EApp.Shared;
        var offer = app.App.Services.GetRequiredService<LocalOffer>();
        var richest = offer.Pages.GroupBy(p => p.IsEasyRead).Select(g => g.MaxBy(p => Tags().Matches(p.Html).Select(m => m.Value).Distinct().Count())!).ToList();
        await using var journey = await Journey.StartAsync(javaScript);
        foreach (var path in new[] { "/care-leavers", "/care-leavers/search", "/care-leavers/search?q=xylophone", "/care-leavers/what-can-i-get",
                     "/care-leavers/health-history", "/care-leavers/health-history/status" })
            await journey.GoToAsync(path);
        foreach (var page in richest)
        {
            await journey.GoToAsync(page.Path);
            await journey.ExpectHeadingAsync(page.Title);
        }
        Assert.Equal(8, journey.Visited.Count);
    }

    [GeneratedRegex("<[a-z0-9]+")]
    private static partial Regex Tags();
}
