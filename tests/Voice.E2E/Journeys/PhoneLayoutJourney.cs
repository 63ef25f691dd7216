using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.E2E.Support;
using Voice.Tests.Support;
using Voice.Web.Features.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.E2E.Journeys;

/// <summary>
/// What only a browser can prove about a phone: nothing is wider than the screen, and every
/// target is at least 24 by 24 CSS pixels (axe's target-size rule runs on every page visited,
/// here at phone width).
/// </summary>
public class PhoneLayoutJourney
{
    internal static async Task<int> OverflowAsync(Journey journey) =>
        await journey.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task StaffQueues_FitAPhone_TheirTablesScrollInsideARegion(int width)
    {
        var app = await E2EApp.Shared;
        using (var scope = app.App.Services.CreateScope())
        {
            var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var state = new NewComplaintState
            {
                Who = ComplainantType.Parent, Service = "looked-after", Description = "The plan was not followed",
                HappenedOn = today.AddDays(-20), WantedOutcome = "An apology", HelpAnswered = true,
                Name = "Sam Complainant with a long name", Email = $"c-{Guid.NewGuid():N}@example.com", Preference = ContactPreference.Email,
            };
            await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().SubmitAsync(state, ReceivedChannel.Phone,
                today, null, AuditActor.System, CancellationToken.None);
        }
        var (email, password, key) = await app.CreateStaffAsync([Roles.ComplaintsOfficer, Roles.Administrator, Roles.ParticipationOfficer, Roles.HealthTeam]);
        await using var journey = await Journey.StartAsync(javaScript: true);
        await journey.Page.SetViewportSizeAsync(width, 800);
        await journey.SignInAsync(email, password, key!);
        await journey.ExpectHeadingAsync("Staff home");

        foreach (var path in new[] { "/staff/complaints", "/staff/admin/users", "/staff/batches", "/staff/care-leavers/health-history" })
        {
            await journey.GoToAsync(path);
            Assert.True(await OverflowAsync(journey) <= 0, $"{path} is wider than {width} px");
            foreach (var region in await journey.Page.Locator("main .voice-table-region").AllAsync())
            {
                Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
                var box = (await region.BoundingBoxAsync())!;
                Assert.True(box.X + box.Width <= width, $"a table region on {path} runs off the screen");
            }
        }
        Assert.True(await journey.Page.Locator("main .voice-table-region").CountAsync() > 0);

        // "Signed in as…" has room below it, above the bar.
        var header = (await journey.Page.Locator("header.voice-header").BoundingBoxAsync())!;
        var account = (await journey.Page.Locator(".voice-header__account").BoundingBoxAsync())!;
        Assert.True(header.Y + header.Height - 10 - (account.Y + account.Height) >= 0, "the account line overlaps the header's bar");
        var signOut = (await journey.Page.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).BoundingBoxAsync())!;
        Assert.True(signOut.Height >= 24, $"Sign out is {signOut.Height} px tall");
    }

    [Fact]
    public async Task CareLeaverPages_AndTheCheckersResult_HaveTargetsBigEnoughToTap()
    {
        await using var journey = await Journey.StartAsync(javaScript: true);
        await journey.Page.SetViewportSizeAsync(390, 844);
        await journey.GoToAsync("/care-leavers/education/higher-education-bursary");
        Assert.True(await OverflowAsync(journey) <= 0);
        foreach (var link in await journey.Page.Locator("aside a").AllAsync())
        {
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.Height >= 24 && box.Width >= 24, $"\"{await link.InnerTextAsync()}\" is {box.Width}x{box.Height}");
        }
        var staffSignIn = (await journey.Page.GetByRole(AriaRole.Link, new() { Name = "Staff sign in" }).BoundingBoxAsync())!;
        var header = (await journey.Page.Locator("header.voice-header").BoundingBoxAsync())!;
        Assert.True(header.Y + header.Height - 10 - (staffSignIn.Y + staffSignIn.Height) >= 4, "Staff sign in is jammed against the header's bar");

        await journey.GoToAsync("/care-leavers/what-can-i-get");
        await CareLeaverJourney.CheckAsAFormerRelevantCareLeaverAsync(journey);
        foreach (var link in await journey.Page.Locator("main li > a").AllAsync())
        {
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.Height >= 24, $"\"{await link.InnerTextAsync()}\" is {box.Height} px tall");
        }
    }

    [Fact]
    public async Task AYoungPersonsQuestionnaire_HasNoStaffSignIn()
    {
        await using var journey = await Journey.StartAsync(javaScript: false);
        await journey.Page.SetViewportSizeAsync(390, 844);
        await journey.GoToAsync("/views");
        Assert.Equal(0, await journey.Page.GetByRole(AriaRole.Link, new() { Name = "Staff sign in" }).CountAsync());
        Assert.True(await OverflowAsync(journey) <= 0);
    }
}
