using System.Text.RegularExpressions;
using Voice.Data.Identity;
using Voice.E2E.Support;
using Voice.Tests.Support;

namespace Voice.E2E.Journeys;

public partial class StaffAccountsJourney
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Administrator_SignsIn_SetsUpTwoFactor_InvitesAStaffMember_AndChangesTheirRoles(bool javaScript)
    {
        var app = await E2EApp.Shared;
        var (email, password, _) = await app.CreateStaffAsync([Roles.Administrator], withTwoFactor: false, name: "Ada Admin");
        await using var journey = await Journey.StartAsync(javaScript);

        await journey.GoToAsync("/");
        await journey.ClickLinkAsync("Staff sign in");
        await journey.ExpectHeadingAsync("Sign in to Voice");
        await journey.ClickButtonAsync("Sign in");
        Assert.Equal(["Enter your email address", "Enter your password"], await journey.ErrorSummaryAsync());
        await journey.FillAsync("Email address", email);
        await journey.FillAsync("Password", password);
        await journey.ClickButtonAsync("Sign in");

        await journey.ExpectHeadingAsync("Set up two-factor authentication");
        var key = await journey.Page.GetByTestId("shared-key").InnerTextAsync();
        await journey.FillAsync("Security code", Totp.Code(key));
        await journey.ClickButtonAsync("Turn on two-factor authentication");
        await journey.ExpectHeadingAsync("Save your recovery codes");
        Assert.Equal(10, await journey.Page.GetByTestId("recovery-codes").Locator("li").CountAsync());
        await journey.ClickLinkAsync("Continue");
        await journey.ExpectHeadingAsync("Staff home");

        await journey.ClickLinkAsync("Staff accounts");
        await journey.ClickLinkAsync("Invite a staff member");
        var invitee = $"colin-{Guid.NewGuid():N}@northfield.example";
        await journey.FillAsync("Full name", "Colin Complaints");
        await journey.FillAsync("Work email address", invitee);
        await journey.CheckAsync("Complaints officer");
        await journey.ClickButtonAsync("Send invitation");
        await journey.ExpectHeadingAsync("Colin Complaints");
        Assert.Contains($"Invitation sent to {invitee}", await journey.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        await journey.CheckAsync("Complaints manager");
        await journey.UncheckAsync("Complaints officer");
        await journey.ClickButtonAsync("Save roles");
        Assert.Contains("Roles for Colin Complaints updated", await journey.Page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.True(await journey.Page.GetByLabel("Complaints manager", new() { Exact = true }).IsCheckedAsync());
        Assert.False(await journey.Page.GetByLabel("Complaints officer", new() { Exact = true }).IsCheckedAsync());

        // The invitation email lets Colin choose a password.
        var link = Link().Match(journey.LatestEmailTo(invitee).Body).Value;
        await using var colin = await Journey.StartAsync(javaScript);
        await colin.GoToAsync(new Uri(link).PathAndQuery);
        await colin.ExpectHeadingAsync("Set up your Voice account");
        await colin.FillAsync("New password", "colins long password");
        await colin.FillAsync("Confirm new password", "colins long password");
        await colin.ClickButtonAsync("Save password");
        await colin.ExpectHeadingAsync("Set up two-factor authentication");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Practitioner_CannotOpenStaffAccounts(bool javaScript)
    {
        var app = await E2EApp.Shared;
        var (email, password, key) = await app.CreateStaffAsync([Roles.Practitioner]);
        await using var journey = await Journey.StartAsync(javaScript);
        await journey.GoToAsync("/account/sign-in");
        await journey.FillAsync("Email address", email);
        await journey.FillAsync("Password", password);
        await journey.ClickButtonAsync("Sign in");
        await journey.ExpectHeadingAsync("Enter your security code");
        await journey.FillAsync("Enter your security code", Totp.Code(key!));
        await journey.ClickButtonAsync("Continue");
        await journey.ExpectHeadingAsync("Staff home");
        await journey.GoToAsync("/staff/admin/users");
        await journey.ExpectHeadingAsync("You cannot see this page");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
