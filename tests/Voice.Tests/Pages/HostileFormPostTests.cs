using System.Net;
using Microsoft.AspNetCore.Authorization;
using PageActionDescriptor = Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Tests.Complaints;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Pages;

/// <summary>
/// Every public form post, found from the app's own endpoints (so a new public page is covered
/// without touching this test), sent with every field twice: with the antiforgery token once,
/// twice, and not at all; then with hostile, over-long, binary, bidirectional and emoji text, huge and
/// negative numbers, impossible dates and no fields at all. None may give a 5xx or echo the hostile
/// text unencoded, and a post that is refused (400, 413, 429, or the page again with an error
/// summary) stores nothing: every table's row count is the same after it as before, except the
/// records of the refusal itself (wrong-code counters and the audit log).
/// </summary>
public class HostileFormPostTests
{
    const string Hostile = "<b id=\"hostile-echo\">x</b>\u202E\0";

    public sealed record PublicPost(string Route, string? Handler);

    /// <summary>The route template and handler name of every POST handler anyone may reach without signing in.</summary>
    public static async Task<IReadOnlyList<PublicPost>> PublicPostsAsync(VoiceApplication app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var found = new List<PublicPost>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
            if (!page.EndpointMetadata.OfType<IAllowAnonymous>().Any()) continue;
            found.AddRange(page.HandlerMethods.Where(h => h.HttpMethod == "Post")
                .Select(h => new PublicPost(endpoint.RoutePattern.RawText!, h.Name)));
        }
        return found;
    }

    [Fact]
    public async Task EveryPublicPost_WithEveryFieldTwice_IsNeverA5xx_AndARefusedPostStoresNothing()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite); // its own database: row counts are this test's alone
        var client = PageClient.For(app);
        var values = await StartEveryJourneyAsync(app, client);
        var posts = await PublicPostsAsync(app);
        Assert.Contains(posts, p => p.Route == "views");
        Assert.Contains(posts, p => p.Route == "complaints/track");
        Assert.Contains(posts, p => p.Route == "care-leavers/health-history/status");

        var failures = new List<string>();
        var refusals = 0;
        foreach (var post in posts)
        {
            var path = Fill(post.Route, values, handler: null);
            var url = post.Handler is null ? path : Fill(post.Route, values, post.Handler);
            var form = await client.GetAsync(path);
            var token = await TokenAsync(client, form);
            var fields = form.Document.QuerySelectorAll("main form [name]")
                .Select(e => e.GetAttribute("name")!).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            if (fields.Count == 0) fields = ["Code", "Reference", "Answer"];
            var twice = fields.SelectMany(n => new[] { new KeyValuePair<string, string>(n, "1"), new(n, "2") }).ToList();
            List<KeyValuePair<string, string>> All(string value) => fields.Select(n => new KeyValuePair<string, string>(n, value)).ToList();
            var cases = new[]
            {
                ("token once", 1, twice), ("token twice", 2, twice), ("no token", 0, twice), ("hostile text", 1, All(Hostile)),
                ("missing fields", 1, []),
                ("over-long text", 1, All(string.Concat(Enumerable.Repeat("long 😀 ", 3000)))),
                ("binary", 1, All("\u0001\u0007\u001b[31m\uFFFD\u00FF\uFEFF")),
                ("bidirectional controls and emoji", 1, All("\u202Eevil\u2066\u2069 👩‍👩‍👧 🏳️‍🌈")),
                ("huge number", 1, All("99999999999999999999999999999")),
                ("negative number", 1, All("-2147483649")),
                ("impossible date", 1, fields.Select(n => new KeyValuePair<string, string>(n,
                    n.EndsWith(".Day") ? "31" : n.EndsWith(".Month") ? "2" : n.EndsWith(".Year") ? "2027" : "2026-02-30")).ToList()),
            };
            foreach (var (name, tokens, sent) in cases)
            {
                var body = Enumerable.Repeat(new KeyValuePair<string, string>("__RequestVerificationToken", token), tokens).Concat(sent);
                var before = await RowCountsAsync(app);
                var result = await client.PostAsync(url, body);
                if ((int)result.Status >= 500 || result.Document.GetElementById("hostile-echo") is not null)
                    failures.Add($"POST {url} ({name}): {(int)result.Status} {result.Title}");
                if (!Refused(result)) continue;
                refusals++;
                var after = await RowCountsAsync(app);
                var changed = after.Where(t => before[t.Key] != t.Value).Select(t => $"{t.Key} {before[t.Key]}→{t.Value}").ToList();
                if (changed.Count > 0) failures.Add($"POST {url} ({name}): refused ({(int)result.Status}) but stored rows: {string.Join(", ", changed)}");
            }
        }
        Assert.Empty(failures);
        Assert.True(refusals > posts.Count, $"only {refusals} refusals: the stored-nothing check hardly ran");
    }

    /// <summary>Refused: no token (400), too large (413), too many (429), or the form again with its errors.</summary>
    static bool Refused(PageResult result) =>
        result.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.TooManyRequests or HttpStatusCode.UnprocessableEntity
        || (result.Status == HttpStatusCode.OK && result.Document.QuerySelector(".govuk-error-summary") is not null);

    /// <summary>Rows in every table of the model, in one query; not the refusal's own records (wrong-code counters, the audit log).</summary>
    static async Task<Dictionary<string, long>> RowCountsAsync(VoiceApplication app)
    {
        await using var db = app.NewDbContext();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Except(["AccessAttempts", "AuditEntries"]).Distinct().Order().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return tables.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => Convert.ToInt64(reader.GetValue(x.i)));
    }

    /// <summary>A views session, a complaint draft and a tracked complaint, so the journeys' pages take posts.</summary>
    static async Task<Dictionary<string, string>> StartEveryJourneyAsync(VoiceApplication app, PageClient client)
    {
        var practitioner = await app.CreateStaffAsync([Voice.Data.Identity.Roles.Practitioner]);
        var (_, code) = await ViewsTestData.InviteAsync(app, practitioner);
        var start = await client.FollowAsync(await client.GetAsync("/views?code=" + code));
        var firstQuestion = start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!.Split('/')[3];

        var complaintStart = await client.GetAsync("/complaints/new");
        var draft = (await client.SubmitAsync(complaintStart.Form())).Location!.Split('/')[3];

        var (_, reference, trackingCode) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        var track = await client.GetAsync("/complaints/track");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(track.Form(), ("Reference", reference), ("Code", trackingCode))).Status);

        return new Dictionary<string, string>
        {
            ["questionId"] = firstQuestion, ["draft"] = draft, ["reference"] = reference.ToLowerInvariant(), ["question"] = "education",
        };
    }

    /// <summary>The route with its parameters filled in; a new parameter needs a value above, or this fails naming it.</summary>
    static string Fill(string route, Dictionary<string, string> values, string? handler)
    {
        var parts = route.Split('/').Select(part =>
        {
            if (!part.StartsWith('{')) return part;
            var name = part.Trim('{', '}', '?').Split(':')[0];
            if (name == "handler") return handler ?? "";
            return values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"No test value for {{{name}}} in {route}");
        });
        return "/" + string.Join('/', parts).TrimEnd('/');
    }

    static async Task<string> TokenAsync(PageClient client, PageResult page) =>
        (page.Document.QuerySelector("input[name=__RequestVerificationToken]")
            ?? (await client.GetAsync("/complaints/track")).Document.QuerySelector("input[name=__RequestVerificationToken]"))!.GetAttribute("value")!;
}
