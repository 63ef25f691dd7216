using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Languages;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Content;

/// <summary>The translations page imports into content files: each test runs on its own copy of content/.</summary>
public class TranslationsPageTests
{
    internal static async Task<(VoiceApplication App, string Content)> StartAsync()
    {
        var content = TestPaths.CopyOfContent();
        // One Urdu text the translator has still to do, for the round trip.
        var urduHome = Path.Combine(content, "translations", "ur", "home.json");
        var texts = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(urduHome))!.AsObject();
        texts.Remove("home.staff.body");
        File.WriteAllText(urduHome, texts.ToJsonString());
        var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:ContentPath"] = content });
        return (app, content);
    }

    internal static async Task<PageClient> EditorAsync(VoiceApplication app)
    {
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ContentEditor]));
        return client;
    }

    internal static async Task<PageResult> UploadAsync(PageClient client, string csv, string name = "pl.csv")
    {
        var page = await client.GetAsync("/staff/content/translations/import");
        var token = page.Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "CsvFile", name);
        return await client.PostAsync("/staff/content/translations/import", form);
    }

    [Fact]
    public async Task OtherStaff_AreDenied()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        foreach (var url in new[] { "/staff/content/translations", "/staff/content/translations/export?language=pl", "/staff/content/translations/import" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/account/access-denied", page.Location);
        }
        Assert.StartsWith("/account/sign-in", (await PageClient.For(app).GetAsync("/staff/content/translations")).Location);
    }

    [Fact]
    public async Task Export_ThenImport_RoundTrips_AndCoverageMoves()
    {
        var (app, content) = await StartAsync();
        await using var _ = app;
        var client = await EditorAsync(app);

        var index = await client.GetAsync("/staff/content/translations");
        Assert.Equal(HttpStatusCode.OK, index.Status);
        var urdu = index.Document.QuerySelector("#coverage tr[data-language=ur]")!;
        var missingBefore = int.Parse(urdu.QuerySelectorAll("td")[3].TextContent);
        Assert.True(missingBefore > 0);

        var export = await client.Http.GetAsync(urdu.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("text/csv; charset=utf-8", export.Content.Headers.ContentType!.ToString());
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,language,english,source_hash,translation,status,reviewed_by,state", lines[0]);
        var row = lines.Single(l => l.StartsWith("\"home.staff.body\""));
        Assert.Contains("\"missing\"", row);

        // The translator fills in one line, reviewed.
        var filled = lines[0] + "\n" + row.Replace("\"\",\"\",\"\",\"missing\"", "\"آراء پڑھنے، شکایات سنبھالنے اور مقامی پیشکش کے انتظام کے لیے۔\",\"reviewed\",\"S. Khan\",\"missing\"") + "\n";
        var saved = await UploadAsync(client, filled);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await client.FollowAsync(saved);
        Assert.Contains("1 translations saved (1 Urdu)", after.Document.GetElementById("imported")!.TextContent);
        Assert.Equal(missingBefore - 1, int.Parse(after.Document.QuerySelector("#coverage tr[data-language=ur]")!.QuerySelectorAll("td")[3].TextContent));

        var stored = TranslationFiles.Load(Path.Combine(content, "translations"));
        Assert.Equal(TranslationState.Reviewed, stored.StateOf("ur", "home.staff.body"));
        Assert.Equal("S. Khan", stored.Find("ur", "home.staff.body")!.ReviewedBy);
        var home = await PageClient.For(app).GetAsync("/?lang=ur");
        Assert.Contains("آراء پڑھنے، شکایات سنبھالنے", home.Text);
    }

    [Fact]
    public async Task Import_WithABadLine_ShowsEveryProblem_AndSavesNothing()
    {
        var (app, content) = await StartAsync();
        await using var _ = app;
        var client = await EditorAsync(app);
        var before = File.ReadAllText(Path.Combine(content, "translations", "pl", "home.json"));
        var hash = TranslationText.Hash("Have your say");
        var csv = "key,language,english,source_hash,translation,status,reviewed_by\n" +
                  $"home.title,pl,Have your say,{hash},Powiedz nam,reviewed,A. Nowak\n" +
                  "home.heading,pl,x,000000000000,Stary tekst,draft,\n";
        var page = await UploadAsync(client, csv);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(["1 line has a problem. Nothing has been saved: correct the file and upload it again"], page.Errors);
        Assert.Equal("#CsvFile", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        var problem = page.Document.QuerySelectorAll("#problems tbody tr").Single();
        Assert.Equal("3", problem.QuerySelector("td")!.TextContent);
        Assert.Contains("has changed since this file was exported", problem.TextContent);
        Assert.Equal(before, File.ReadAllText(Path.Combine(content, "translations", "pl", "home.json")));
        Assert.Equal("Wyraź swoje zdanie", TranslationFiles.Load(Path.Combine(content, "translations")).Find("pl", "home.title")!.Text);
    }

    [Fact]
    public async Task Import_NoFile_ShowsTheGovUkError()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = await EditorAsync(app);
        var page = await UploadAsync(client, "", "empty.csv");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(["Select a CSV file"], page.Errors);
        Assert.StartsWith("Error: ", page.Title);
    }
}
