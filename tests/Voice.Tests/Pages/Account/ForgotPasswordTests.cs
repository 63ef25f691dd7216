using System.Net;
using System.Text.RegularExpressions;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Account;

public partial class ForgotPasswordTests
{
    [Theory, BothDatabases]
    public async Task KnownEmail_GetsALinkThatSetsANewPassword(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/forgot-password");
        var sent = await client.SubmitAsync(page.Form(), ("Email", staff.Email));
        Assert.Equal("/account/forgot-password/sent", sent.Location);

        var email = Assert.Single(app.EmailsTo(staff.Email));
        var link = new Uri(Link().Match(email.Body).Value).PathAndQuery;
        var reset = await client.GetAsync(link);
        Assert.Equal("Choose a new password", reset.Document.QuerySelector("h1")!.TextContent);

        var mismatch = await client.SubmitAsync(reset.Form(), ("Password", "a brand new password"), ("ConfirmPassword", "something else"));
        Assert.Equal(["The passwords do not match"], mismatch.Errors);
        var tooShort = await client.SubmitAsync(reset.Form(), ("Password", "short"), ("ConfirmPassword", "short"));
        Assert.Equal(["Password must be 12 characters or more"], tooShort.Errors);

        var done = await client.SubmitAsync(reset.Form(), ("Password", "a brand new password"), ("ConfirmPassword", "a brand new password"));
        Assert.Equal("/account/sign-in", done.Location);
        var signIn = await client.GetAsync("/account/sign-in");
        Assert.Contains("Your password has been changed", signIn.Text);
        var afterPassword = await client.SubmitAsync(signIn.Form(), ("Email", staff.Email), ("Password", "a brand new password"));
        Assert.StartsWith("/account/two-factor", afterPassword.Location);

        // The link works once.
        var again = await client.GetAsync(link);
        Assert.Equal("This link has expired", again.Document.QuerySelector("h1")!.TextContent);
    }

    [Theory, BothDatabases]
    public async Task UnknownEmail_ShowsTheSamePage_AndSendsNothing(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        var address = $"nobody-{Guid.NewGuid():N}@northfield.example";
        var page = await client.GetAsync("/account/forgot-password");
        var sent = await client.SubmitAsync(page.Form(), ("Email", address));
        Assert.Equal("/account/forgot-password/sent", sent.Location);
        Assert.Empty(app.EmailsTo(address));
    }

    [Fact]
    public async Task BadEmail_IsExplained()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync("/account/forgot-password");
        var result = await client.SubmitAsync(page.Form(), ("Email", "not-an-email"));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], result.Errors);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
