using System.Net;
using System.Text.RegularExpressions;
using Voice.Data;
using Voice.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Features.Accounts;

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
        Assert.Empty(app.EmailsTo(staff.Email)); // queued: the job answers it
        await AnswerQueuedRequestsAsync(app);

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
        await AnswerQueuedRequestsAsync(app);
        Assert.Empty(app.EmailsTo(address));
    }

    /// <summary>
    /// Known and unknown addresses do the same work in the request: one queued row each, nothing
    /// sent and nothing looked up until the job runs.
    /// </summary>
    [Theory, BothDatabases]
    public async Task KnownAndUnknownEmails_AreBothQueued_NeitherIsAnsweredInTheRequest(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var unknown = $"nobody-{Guid.NewGuid():N}@northfield.example";
        var client = PageClient.For(app);
        foreach (var address in new[] { staff.Email, unknown })
        {
            var page = await client.GetAsync("/account/forgot-password");
            Assert.Equal("/account/forgot-password/sent", (await client.SubmitAsync(page.Form(), ("Email", address))).Location);
        }
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(1, await db.PasswordResetRequests.CountAsync(r => r.Email == staff.Email));
            Assert.Equal(1, await db.PasswordResetRequests.CountAsync(r => r.Email == unknown));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.RecordId == staff.Id && a.Action == "Password reset requested"));
        }
        Assert.Empty(app.EmailsTo(staff.Email));

        await AnswerQueuedRequestsAsync(app);
        Assert.Single(app.EmailsTo(staff.Email));
        Assert.Empty(app.EmailsTo(unknown));
        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.PasswordResetRequests.AnyAsync(r => r.Email == staff.Email || r.Email == unknown));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == staff.Id && a.Action == "Password reset requested"));
        }
    }

    /// <summary>A request sent with someone else's Host header still gets a link to the site's own address.</summary>
    [Fact]
    public async Task PoisonedHostHeader_DoesNotReachTheResetLink()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        client.Http.DefaultRequestHeaders.Host = "evil.example";
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        var page = await client.GetAsync("/account/forgot-password");
        Assert.Equal("/account/forgot-password/sent", (await client.SubmitAsync(page.Form(), ("Email", staff.Email))).Location);
        await AnswerQueuedRequestsAsync(app);

        var email = Assert.Single(app.EmailsTo(staff.Email));
        Assert.DoesNotContain("evil.example", email.Body);
        Assert.StartsWith(Voice.Web.Infrastructure.SiteUrl.DevelopmentBase + "/account/reset-password", Link().Match(email.Body).Value);
    }

    static async Task AnswerQueuedRequestsAsync(VoiceApplication app)
    {
        var job = app.Services.GetServices<IBackgroundJob>().OfType<PasswordResetJob>().Single();
        using var scope = app.Services.CreateScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
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
