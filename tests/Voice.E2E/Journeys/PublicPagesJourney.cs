using Microsoft.Playwright;
using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

public class PublicPagesJourney
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Visitor_ReadsTheHomePageAndEveryFooterPage(bool javaScript)
    {
        await using var journey = await Journey.StartAsync(javaScript);
        await journey.GoToAsync("/");
        await journey.ExpectHeadingAsync("Have your say about children's services");
        foreach (var (link, heading) in new[]
                 {
                     ("Accessibility statement", "Accessibility statement for Voice"),
                     ("Privacy notice", "Privacy notice"),
                     ("Cookies", "Cookies"),
                     ("Contact us", "Contact us"),
                 })
        {
            await journey.ActAndWaitForPageAsync(() => journey.Page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
            await journey.CheckPageAsync();
            await journey.ExpectHeadingAsync(heading);
        }
    }

    [Fact]
    public async Task KeyboardUser_SkipsStraightToTheContent()
    {
        await using var journey = await Journey.StartAsync(javaScript: true);
        await journey.GoToAsync("/");
        await journey.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await journey.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await journey.Page.Keyboard.PressAsync("Enter");
        await journey.Page.WaitForURLAsync(u => u.EndsWith("#main-content", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ErrorPages_AreFriendlyAndAccessible(bool javaScript)
    {
        await using var journey = await Journey.StartAsync(javaScript);
        var response = await journey.Page.GotoAsync("/this-page-does-not-exist");
        Assert.Equal(404, response!.Status);
        await journey.CheckPageAsync();
        await journey.ExpectHeadingAsync("Page not found");

        // Far too much text gets the 413 page: the server reads and discards the body before it
        // answers, so the browser gets the page rather than a broken connection. (The missing
        // antiforgery token's 400 page is the same template; SiteTests covers it.)
        await journey.GoToAsync("/account/forgot-password");
        await journey.FillAsync("Email address", new string('x', (int)E2EApp.MaxRequestBytes + 50_000));
        var tooBig = await journey.Page.RunAndWaitForResponseAsync(
            () => journey.Page.GetByRole(AriaRole.Button, new() { Name = "Send the link", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest,
            new() { Timeout = (float)Journey.StepTimeout.TotalMilliseconds });
        Assert.Equal(413, tooBig.Status);
        await journey.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "What you sent is too big" }).WaitForAsync();
        await journey.CheckPageAsync();
    }
}
