using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Batches;

public partial class UploadTests
{
    const string Header = "Case reference,Contact email,Questionnaire id,Event date,Team,Practitioner email";

    [GeneratedRegex("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")]
    private static partial Regex Code();

    static async Task<PageResult> UploadAsync(PageClient client, string fileName, byte[] content)
    {
        var form = await client.GetAsync("/staff/batches/upload");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var token = form.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("text/csv");
        body.Add(file, "CsvFile", fileName);
        var response = await client.Http.PostAsync(form.Document.QuerySelector("main form")!.GetAttribute("action"), body);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return new PageResult(response.StatusCode, response.Headers.Location?.ToString(), document, response);
    }

    static async Task<(VoiceApplication App, PageClient Client, StaffAccount Practitioner)> PerformanceTeamAsync(DatabaseProvider provider, string role = Roles.ParticipationOfficer)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        return (app, client, practitioner);
    }

    static string Today(VoiceApplication app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd");

    [Theory, BothDatabases]
    public async Task Post_ValidFile_CreatesABatchOfInvitations_AndEmailsEachPersonTheirOwnCode(DatabaseProvider provider)
    {
        var (app, client, practitioner) = await PerformanceTeamAsync(provider);
        var run = Guid.NewGuid().ToString("N")[..8];
        var one = $"one-{run}@example.com";
        var two = $"two-{run}@example.com";
        var csv = $"""
            {Header}
            A-{run},{one},after-assessment,{Today(app)},North assessment,{practitioner.Email}
            B-{run},{two},after-cin-review,{DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-5):dd/MM/yyyy},South CIN,{practitioner.Email.ToUpperInvariant()}
            """;

        var result = await UploadAsync(client, $"families-{run}.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Matches("^/staff/batches/[0-9a-f-]{36}$", result.Location);
        await using (var db = app.NewDbContext())
        {
            var batch = await db.InvitationBatches.SingleAsync(b => b.FileName == $"families-{run}.csv");
            Assert.Equal(2, batch.RowCount);
            var invitations = await db.Invitations.Where(i => i.BatchId == batch.Id).OrderBy(i => i.CaseReference).ToListAsync();
            Assert.Equal([$"A-{run}", $"B-{run}"], invitations.Select(i => i.CaseReference));
            Assert.Equal([one, two], invitations.Select(i => i.ContactEmail));
            Assert.Equal(["North assessment", "South CIN"], invitations.Select(i => i.Team));
            Assert.Equal(["assessment-closed", "child-in-need-review"], invitations.Select(i => i.EventType));
            Assert.All(invitations, i =>
            {
                Assert.Equal(practitioner.Id, i.CreatedById);
                Assert.NotNull(i.EmailSentAt);
                Assert.NotNull(i.ProtectedCode);
                Assert.Null(i.ReminderSentAt);
                Assert.Equal(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(14), i.ExpiresOn);
            });
            foreach (var (address, invitation) in new[] { one, two }.Zip(invitations))
            {
                var email = Assert.Single(app.EmailsTo(address));
                var code = Code().Match(email.Body).Value;
                Assert.Equal(invitation.CodeHash, Voice.Tests.Pages.Views.ViewsTestData.Hash(app, code));
                // The link carries its own token, not the code.
                var link = System.Text.RegularExpressions.Regex.Match(email.Body, @"/views\?link=([A-Za-z0-9_-]{22})\s");
                Assert.True(link.Success, email.Body);
                Assert.Equal(invitation.LinkTokenHash, Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                    .GetRequiredService<Voice.Data.Access.AccessCodes>(app.Services).HashLink(link.Groups[1].Value));
                Assert.DoesNotContain("code=", email.Body);
                Assert.DoesNotContain(invitation.CaseReference, email.Body);
            }
            Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == batch.Id.ToString() && a.Action == "Uploaded journey-point invitations"));
        }

        // The code in the email opens the family's questionnaire.
        var family = PageClient.For(app);
        var code1 = Code().Match(app.EmailsTo(one).Single().Body).Value;
        var start = await family.FollowAsync(await family.GetAsync("/views?code=" + code1));
        Assert.Equal("/views/start", start.Response.RequestMessage!.RequestUri!.AbsolutePath);

        var page = await client.GetAsync(result.Location!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var summary = page.Document.QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        // Two families are too few to show: the figures are hidden ("c"), never the numbers.
        Assert.Equal("c", summary["Sent"]);
        Assert.Equal("c", summary["Response rate"]);
        Assert.Contains("South CIN", page.Text);
        Assert.Contains($"A-{run}", page.Text);
        Assert.DoesNotContain(one, page.Text);
        Assert.DoesNotContain(practitioner.Email, page.Text);

        var list = await client.GetAsync("/staff/batches");
        Assert.Contains($"families-{run}.csv", list.Text);
    }

    [Theory, BothDatabases]
    public async Task Post_FileWithOneBadRow_ListsIt_AndSavesAndSendsNothing(DatabaseProvider provider)
    {
        var (app, client, practitioner) = await PerformanceTeamAsync(provider);
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            {Header}
            A-{run},a-{run}@example.com,after-assessment,{Today(app)},Team,{practitioner.Email}
            B-{run},b-{run}@example.com,after-assessment,{Today(app)},Team,{practitioner.Email}
            C-{run},c-{run}@example.com,after-assessment,{Today(app)},Team,nobody-{run}@example.com
            """;

        var result = await UploadAsync(client, $"bad-{run}.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("Error: ", result.Title);
        Assert.Equal(["1 row has problems. Nothing has been imported: correct the file and upload it again"], result.Errors);
        var rows = result.Document.QuerySelectorAll("[data-testid=report] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        var row = Assert.Single(rows);
        Assert.Equal("4", row[0]);
        Assert.Equal($"Practitioner \"nobody-{run}@example.com\" is not a practitioner's staff account", row[1]);

        await using var db = app.NewDbContext();
        Assert.False(await db.Invitations.AnyAsync(i => i.CaseReference.EndsWith(run)));
        Assert.False(await db.InvitationBatches.AnyAsync(b => b.FileName == $"bad-{run}.csv"));
        Assert.Empty(app.EmailsTo($"a-{run}@example.com"));
        Assert.Empty(app.EmailsTo($"b-{run}@example.com"));
    }

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7 not a csv", "The selected file must be a CSV")]
    [InlineData("sheet.csv", "PK\u0003\u0004\u0000\u0000binary", "The selected file must be a CSV")]
    [InlineData("empty.csv", "", "Select a CSV file")]
    [InlineData("header.csv", "Name,Email\nSam,sam@example.com", "The first row must name the columns")]
    public async Task Post_FileThatIsNotAUsableCsv_GetsAFriendlyError(string name, string content, string expected)
    {
        var (_, client, _) = await PerformanceTeamAsync(DatabaseProvider.Sqlite, Roles.QaAnalyst);
        var result = await UploadAsync(client, name, Encoding.UTF8.GetBytes(content));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith(expected, Assert.Single(result.Errors));
        Assert.StartsWith(expected, result.FieldError("CsvFile"));
    }

    [Fact]
    public async Task Post_FileOverTheSizeLimit_GetsAFriendlyError()
    {
        var (_, client, _) = await PerformanceTeamAsync(DatabaseProvider.Sqlite);
        var result = await UploadAsync(client, "big.csv", Encoding.UTF8.GetBytes(Header + "\n" + new string('x', BulkInvitationCsv.MaxFileBytes)));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("must be smaller than 500 KB", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.SafeguardingDuty)]
    [InlineData(Roles.Administrator)]
    public async Task OtherStaff_CannotOpenBatches(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        foreach (var url in new[] { "/staff/batches", "/staff/batches/upload", $"/staff/batches/{Guid.NewGuid()}" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/account/access-denied", page.Location);
        }
        var home = await client.GetAsync("/staff");
        Assert.DoesNotContain("Journey-point questionnaires", home.Text);
    }

    [Theory]
    [InlineData(Roles.ParticipationOfficer)]
    [InlineData(Roles.QaAnalyst)]
    public async Task ThePerformanceTeam_OpensBatches_FromStaffHome(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        var home = await client.GetAsync("/staff");
        var link = home.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Journey-point questionnaires");
        Assert.Equal("/staff/batches", link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/batches")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/batches/upload")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/batches/{Guid.NewGuid()}")).Status);
        // Practitioners' own area stays theirs.
        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/staff/views")).Location);
    }

    [Fact]
    public void Decode_ReadsUtf8WithOrWithoutAByteOrderMark_AndOldExcelFiles()
    {
        Assert.Equal("Siân,Team", Voice.Data.UploadedCsv.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Siân,Team")]));
        Assert.Equal("Siân,Team", Voice.Data.UploadedCsv.Decode(Encoding.UTF8.GetBytes("Siân,Team")));
        Assert.Equal("Siân,Team", Voice.Data.UploadedCsv.Decode(Encoding.Latin1.GetBytes("Siân,Team")));
    }
}
