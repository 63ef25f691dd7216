using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Feedback.Safeguarding;
using Voice.Tests.Support;

namespace Voice.Tests.Pages;

public class SiteTests
{
    [Theory]
    [InlineData("/", "Have your say about children's services")]
    [InlineData("/accessibility", "Accessibility statement for Voice")]
    [InlineData("/privacy", "Privacy notice")]
    [InlineData("/cookies", "Cookies")]
    [InlineData("/contact", "Contact us")]
    public async Task PublicPages_ShowWithoutSigningIn(string url, string heading)
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("a.govuk-skip-link[href='#main-content']"));
        var footer = page.Document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility", footer);
        Assert.Contains("/privacy", footer);
        Assert.Contains("/cookies", footer);
        Assert.Contains("/contact", footer);
    }

    [Fact]
    public async Task Layout_UsesCouncilBrandingAndNoGovUkCrown()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync("/");
        Assert.Contains("Northfield City Council", page.Document.QuerySelector("header")!.TextContent);
        Assert.Null(page.Document.QuerySelector(".govuk-header__logotype"));
        Assert.DoesNotContain("GOV.UK", page.Document.QuerySelector("header")!.TextContent);
        Assert.Contains("--voice-brand-colour: #1d4f91", page.Document.QuerySelector("head style")!.TextContent);
    }

    [Fact]
    public async Task UnknownAddress_ShowsThe404Page()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_ShowsThe400PageAndChangesNothing()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        // A real account, so a reset email would be sent if the post were accepted. Other tests
        // share the outbox, so only this account's emails are counted.
        var staff = await app.CreateStaffAsync([Voice.Data.Identity.Roles.Practitioner]);
        var page = await client.PostAsync("/account/forgot-password", [new("Email", staff.Email)]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Sorry, there is a problem with what was sent", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Empty(app.EmailsTo(staff.Email));
    }

    [Fact]
    public async Task HtmxPost_WithTheTokenInAHeader_PassesAntiforgery()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var form = await client.GetAsync("/account/forgot-password");
        var token = form.Document.QuerySelector("meta[name='request-verification-token']")!.GetAttribute("content")!;
        var page = await client.PostAsync("/account/forgot-password", [new("Email", "nobody@northfield.example")],
            new Dictionary<string, string> { ["RequestVerificationToken"] = token, ["HX-Request"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
    }

    [Fact]
    public async Task OversizedBody_ShowsThe413Page()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.PostAsync("/account/forgot-password", [new("Email", new string('a', 1_100_000))]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Equal("What you sent is too big", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task EveryPage_HasAStrictContentSecurityPolicy_AndNoInlineScript()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync("/complaints/new");
        var csp = page.Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("nonce", csp);
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
        Assert.NotNull(page.Document.QuerySelector("script[src*='enabled.']"));
        var style = Assert.Single(page.Document.QuerySelectorAll("style"));
        Assert.Contains($"'{Voice.Web.Infrastructure.Security.SecurityHeadersMiddleware.CspHash(style.TextContent)}'", csp);
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Response.Headers.GetValues("Referrer-Policy").Single());
        // No inline event handlers anywhere.
        Assert.DoesNotContain(page.Document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Scripts_AreServedFromThisSiteOnly()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync("/");
        var sources = page.Document.QuerySelectorAll("script[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")).ToList();
        Assert.All(sources, s => Assert.StartsWith("/", s));
        foreach (var src in sources) Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(src)).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Health_LiveAndReady(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
        // Ready once the safeguarding model is too (SafeguardingModelHealthCheckTests shows it waits).
        await app.Services.GetRequiredService<SafeguardingScreen>().Semantic!.Training;
        var ready = await client.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"database\":\"Healthy\"", body);
        Assert.Contains("\"safeguarding-model\":\"Healthy\"", body);
    }

    [Fact]
    public async Task AnUnexpectedFailure_ShowsThe500PageWithoutDetails()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var form = await client.GetAsync("/account/sign-in");
        // Pull the database away from under the running app.
        await using (var db = app.NewDbContext()) await db.Database.ExecuteSqlRawAsync("DROP TABLE AspNetUserTokens; DROP TABLE AspNetUserRoles; DROP TABLE AspNetUserLogins; DROP TABLE AspNetUserClaims; DROP TABLE AspNetUsers");
        var page = await client.SubmitAsync(form.Form(), ("Email", "someone@northfield.example"), ("Password", "a password that is long"));
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Sorry, there is a problem with the service", page.Document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("AspNetUsers", page.Text);
        Assert.DoesNotContain("Exception", page.Text);
    }

    [Fact]
    public async Task PublicPosts_AreRateLimitedWithAFriendlyPage()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite,
            new Dictionary<string, string?> { ["Voice:Limits:PublicPostsPerMinute"] = "3" });
        var client = PageClient.For(app);
        var form = await client.GetAsync("/account/forgot-password");
        PageResult last = form;
        for (var i = 0; i < 4; i++) last = await client.SubmitAsync(form.Form(), ("Email", "x@northfield.example"));
        Assert.Equal(HttpStatusCode.TooManyRequests, last.Status);
        Assert.Equal("Too many attempts", last.Document.QuerySelector("h1")!.TextContent);
    }
}
