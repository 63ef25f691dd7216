using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Voice.Data;
using Voice.Data.Access;
using Voice.Data.Identity;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Security;

namespace Voice.Tests.Infrastructure.Security;

/// <summary>What the public limits count, and that guessing codes is refused by every node together.</summary>
public class RateLimitTests
{
    [Fact]
    public void AClient_IsItsIpv6Slash64_NotItsExactAddress()
    {
        static HttpContext From(string address) => new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
        Assert.Equal(RequestLimits.Client(From("2001:db8:5:6::1")), RequestLimits.Client(From("2001:db8:5:6:ffff::2")));
        Assert.NotEqual(RequestLimits.Client(From("2001:db8:5:6::1")), RequestLimits.Client(From("2001:db8:5:7::1")));
    }

    [Fact]
    public async Task Autosaves_DoNotCountAgainstTheFormLimit()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite,
            new Dictionary<string, string?> { ["Voice:Limits:PublicPostsPerMinute"] = "3" });
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);
        await client.GetAsync("/views?code=" + code);
        var definition = Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.Load(Path.Combine(TestPaths.Content, "questionnaires", "lac-review-11-17.json"));
        var longText = definition.Questions.First(q => q.Type == Voice.Data.Feedback.Questionnaires.QuestionType.LongText && q.Condition is null);
        var page = await client.GetAsync("/views/question/" + longText.Id);
        var token = page.Document.QuerySelector("meta[name='request-verification-token']")!.GetAttribute("content")!;
        var autosave = page.Document.QuerySelector("textarea[name=Answer]")!.GetAttribute("hx-post")!;
        for (var i = 0; i < 8; i++)
        {
            var saved = await client.PostAsync(autosave, [new("Answer", "typing " + i)],
                new Dictionary<string, string> { ["RequestVerificationToken"] = token, ["HX-Request"] = "true" });
            Assert.Equal(HttpStatusCode.OK, saved.Status);
        }
        // The form itself still has its 3 a minute.
        var continued = await client.SubmitAsync(page.Form(), ("Action", "continue"), ("Answer", "a whole thought"));
        Assert.Equal(HttpStatusCode.Redirect, continued.Status);
    }

    [Fact]
    public async Task SixtyWrongCodes_FromOneClient_AreThrottled_ByLinkAndByForm_OnBothNodes()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await using var a = Infrastructure.JobHostTwoNodesTests.Node(database, "node-a", _ => { });
        await using var b = Infrastructure.JobHostTwoNodesTests.Node(database, "node-b", _ => { });
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        var cookies = new CookieContainer(); // one browser: cookies go to both nodes (same host, other port)
        HttpClient Client(string url) => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(url) };
        using var toA = Client(a.Urls.First());
        using var toB = Client(b.Urls.First());
        var form = new HtmlParser().ParseDocument(await toA.GetStringAsync("/views"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            var node = i % 2 == 0 ? toA : toB;
            using var response = (i / 2) % 2 == 0
                ? await node.GetAsync("/views?link=" + AccessCodes.NewLinkToken())
                : await node.PostAsync("/views", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Code", AccessCodes.NewCode())]));
            statuses.Add(response.StatusCode);
        }
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        // Ten wrong tries from the client, counted in the database whichever node took them; then every try is refused, on both nodes.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.All(statuses.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
