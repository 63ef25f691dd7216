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
            await journey.Page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
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
        Assert.EndsWith("#main-content", journey.Page.Url);
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

        // A form sent after its antiforgery cookie has gone (as from another site) gets the 400 page.
        await journey.GoToAsync("/account/forgot-password");
        await journey.FillAsync("Email address", "someone@northfield.example");
        await journey.Page.Context.ClearCookiesAsync();
        await journey.ClickButtonAsync("Send the link");
        await journey.ExpectHeadingAsync("Sorry, there is a problem with what was sent");

        // Far too much text gets the 413 page.
        await journey.GoToAsync("/account/forgot-password");
        await journey.FillAsync("Email address", new string('x', 1_200_000));
        await journey.ClickButtonAsync("Send the link");
        await journey.ExpectHeadingAsync("What you sent is too big");
    }
}
