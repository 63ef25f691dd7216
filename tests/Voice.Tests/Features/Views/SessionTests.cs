using System.Net;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Views;

/// <summary>A young person's session ends: when the code is stopped or replaced, after 12 hours, and on "save and come back later".</summary>
public class SessionTests
{
    static async Task<PageClient> OpenAsync(VoiceApplication app, string code)
    {
        var client = PageClient.For(app);
        Assert.Equal("/views/start", (await client.GetAsync("/views?code=" + code)).Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/views/start")).Status);
        return client;
    }

    [Theory, BothDatabases]
    public async Task StoppingTheCode_EndsOpenSessions_AndANewCodeDoesNotBringThemBack(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var account = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, account);
        var young = await OpenAsync(app, code);
        var practitioner = PageClient.For(app);
        await practitioner.SignInAsync(account);

        var details = await practitioner.GetAsync($"/staff/views/{invitation.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(details.Form("form[action$='/stop']"))).Status);
        Assert.Equal("/views", (await young.GetAsync("/views/start")).Location);

        details = await practitioner.GetAsync($"/staff/views/{invitation.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.SubmitAsync(details.Form("form[action$='/newcode']"))).Status);
        Assert.Equal("/views", (await young.GetAsync("/views/start")).Location);
    }

    [Theory, BothDatabases]
    public async Task Sending_EndsTheSession_TheThankYouIsShownOnce_AndTheOldCookieCannotReopenTheAnswers(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var young = PageClient.For(app);
        var opened = await young.GetAsync("/views?code=" + code);
        var cookie = opened.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Voice.Web.Features.Views.ViewSession.CookieName + "=")).Split(';')[0];
        var result = await ViewsTestData.AnswerEverythingAsync(young, code);
        var page = await young.GetAsync(result.Location!);
        var check = await young.FollowAsync(await young.SubmitAsync(page.Form(), ("Choice", "yes")));
        Assert.Equal("/views/check", check.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var sent = await young.FollowAsync(await young.SubmitAsync(check.Form()));
        Assert.Equal("Your answers have been sent", sent.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Priya Practitioner will read your answers", sent.Text);

        // The thank-you is a one-time receipt: a refresh, or the next person at the computer, gets the code page.
        Assert.Equal("/views", (await young.GetAsync("/views/what-happens-next")).Location);
        // The cookie from before sending opens nothing, even replayed by hand.
        var replay = new PageClient(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        foreach (var url in new[] { "/views/start", "/views/check", "/views/what-happens-next" })
            Assert.Equal("/views", (await replay.GetAsync(url, new Dictionary<string, string> { ["Cookie"] = cookie })).Location);
        // The code still opens what happens next.
        var again = PageClient.For(app);
        Assert.Equal("Your answers have been sent", (await again.FollowAsync(await again.GetAsync("/views?code=" + code))).Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ASession_EndsAfter12Hours_EvenWhileInUse()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var young = await OpenAsync(app, code);
        app.Clock.Advance(TimeSpan.FromHours(11));
        Assert.Equal(HttpStatusCode.OK, (await young.GetAsync("/views/start")).Status);
        app.Clock.Advance(TimeSpan.FromHours(1.5));
        Assert.Equal("/views", (await young.GetAsync("/views/start")).Location);
    }

    [Fact]
    public async Task SaveAndComeBackLater_EndsTheSession_TheCodeOpensItAgain()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var young = await OpenAsync(app, code);
        var start = await young.GetAsync("/views/start");
        var question = await young.GetAsync(start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        var saved = await young.SubmitAsync(question.Form(), ("Action", "save-and-leave"));
        Assert.Equal("/views/saved", saved.Location);
        Assert.Equal("/views", (await young.GetAsync("/views/start")).Location);
        await OpenAsync(app, code);
    }
}
