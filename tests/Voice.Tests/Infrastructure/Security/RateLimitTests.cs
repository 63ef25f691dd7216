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

    [Fact]
    public async Task PublicPosts_AreCountedByEveryNode_Per64_WithTheFriendlyPage()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        void FivePosts(Microsoft.Extensions.DependencyInjection.IServiceCollection s) =>
            Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<Voice.Web.Infrastructure.VoiceOptions>(s, o => o.Limits.PublicPostsPerMinute = 5);
        await using var a = Infrastructure.JobHostTwoNodesTests.Node(database, "node-a", FivePosts);
        await using var b = Infrastructure.JobHostTwoNodesTests.Node(database, "node-b", FivePosts);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        var cookies = new CookieContainer();
        HttpClient Client(string url) => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(url) };
        using var toA = Client(a.Urls.First());
        using var toB = Client(b.Urls.First());
        var form = new HtmlParser().ParseDocument(await toA.GetStringAsync("/account/forgot-password"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // From behind the proxy (loopback is a known proxy): one household's /64, a new address each time.
        async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient node, string from)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Email", "x@northfield.example")]),
            };
            request.Headers.Add("X-Forwarded-For", from);
            using var response = await node.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        var results = new List<(HttpStatusCode Status, string Body)>();
        for (var i = 0; i < 10; i++) results.Add(await PostAsync(i % 2 == 0 ? toA : toB, $"2001:db8:7:8::{i + 1:x}"));
        var otherNetwork = await PostAsync(toB, "2001:db8:7:9::1");
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        Assert.All(results.Take(5), r => Assert.NotEqual(HttpStatusCode.TooManyRequests, r.Status));
        Assert.All(results.Take(5), r => Assert.True((int)r.Status < 500));
        Assert.All(results.Skip(5), r => Assert.Equal(HttpStatusCode.TooManyRequests, r.Status)); // on both nodes
        var page = new HtmlParser().ParseDocument(results[^1].Body);
        Assert.Equal("Too many attempts", page.QuerySelector("h1")?.TextContent);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherNetwork.Status);
    }

    [Fact]
    public async Task AClassOnOneNetwork_CountsPerViewsSession_AndAForgedSessionCountsAsTheNetwork()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite,
            new Dictionary<string, string?> { ["Voice:Limits:PublicPostsPerMinute"] = "3" });
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var definition = Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.Load(Path.Combine(TestPaths.Content, "questionnaires", "lac-review-11-17.json"));
        var question = "/views/question/" + definition.Questions.First(q => q.Type == Voice.Data.Feedback.Questionnaires.QuestionType.LongText && q.Condition is null).Id;
        async Task<(PageClient Client, AngleSharp.Html.Dom.IHtmlFormElement Form)> ChildAsync()
        {
            var (_, code) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-11-17");
            var client = PageClient.For(app);
            await client.GetAsync("/views?code=" + code);
            return (client, (await client.GetAsync(question)).Form());
        }
        var (first, firstForm) = await ChildAsync();
        var (second, secondForm) = await ChildAsync();
        // Every test request comes from one client: one school network.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, ("Action", "continue"), ("Answer", "thought " + i))).Status);
            Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(secondForm, ("Action", "continue"), ("Answer", "thought " + i))).Status);
        }
        var refused = await first.SubmitAsync(firstForm, ("Action", "continue"), ("Answer", "one too many"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Too many attempts", refused.Document.QuerySelector("h1")!.TextContent);

        // A cookie this service did not make is not a session: it counts as the network, which has 3.
        var forged = PageClient.For(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await forged.PostAsync(question, [new("Answer", "x")], new Dictionary<string, string> { ["Cookie"] = "voice-views=forged" + i })).Status);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }
}
