using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Views;

public class InvitationsTests
{
    [Theory]
    [InlineData(Roles.ComplaintsOfficer)]
    [InlineData(Roles.SafeguardingDuty)]
    [InlineData(Roles.Administrator)]
    public async Task OnlyPractitioners_OpenInvitations(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        foreach (var url in new[] { "/staff/views", "/staff/views/new" })
            Assert.StartsWith("/account/access-denied", (await client.GetAsync(url)).Location);
    }

    [Theory, BothDatabases]
    public async Task New_ShowsTheCodeOnce_WithLinkAndQr_AndTheCodeOpensTheJourney(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        var form = await client.GetAsync("/staff/views/new");
        var date = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(7);
        var created = await client.SubmitAsync(form.Form(), ("CaseReference", "LAC-0042"), ("FirstName", "Jo"), ("EventType", "looked-after-review"),
            ("EventDate.Day", date.Day.ToString()), ("EventDate.Month", date.Month.ToString()), ("EventDate.Year", date.Year.ToString()),
            ("QuestionnaireId", "lac-review-8-11"));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var details = await client.GetAsync(created.Location!);
        var code = details.Document.QuerySelector("[data-testid=code]")!.TextContent;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        // The link carries its own token, not the code, and works without typing.
        var link = new Uri(details.Document.QuerySelector("[data-testid=code-link]")!.TextContent.Trim());
        Assert.Matches("^/views[?]link=[A-Za-z0-9_-]{22}$", link.PathAndQuery);
        Assert.DoesNotContain(Voice.Data.Access.AccessCodes.Normalise(code), Voice.Data.Access.AccessCodes.Normalise(link.Query));
        var follower = PageClient.For(app);
        Assert.Contains("Hello Jo", (await follower.FollowAsync(await follower.GetAsync(link.PathAndQuery))).Text);
        Assert.StartsWith("data:image/png;base64,", details.Document.QuerySelector(".voice-qr img")!.GetAttribute("src"));

        // Shown once: the next visit has no code, and the database has only its hash.
        var again = await client.GetAsync(created.Location!);
        Assert.Null(again.Document.QuerySelector("[data-testid=code]"));
        await using (var db = app.NewDbContext())
        {
            var invitation = await db.Invitations.SingleAsync(i => i.CaseReference == "LAC-0042" && i.CreatedById == practitioner.Id);
            Assert.Equal(Voice.Tests.Pages.Views.ViewsTestData.Hash(app, code), invitation.CodeHash);
            Assert.DoesNotContain(Voice.Data.Access.AccessCodes.Normalise(code), invitation.CodeHash, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(date.AddDays(14), invitation.ExpiresOn);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == invitation.Id.ToString() && a.Action.StartsWith("Invited")));
        }
        var young = PageClient.For(app);
        var start = await young.FollowAsync(await young.GetAsync("/views?code=" + code));
        Assert.Contains("Hello Jo", start.Text);
    }

    [Fact]
    public async Task New_BadInput_IsExplained_AndNothingIsSaved()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        var form = await client.GetAsync("/staff/views/new");
        var empty = await client.SubmitAsync(form.Form());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter the case reference", "Select the meeting", "Enter date of the meeting", "Select a questionnaire"], empty.Errors);

        var past = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var wrong = await client.SubmitAsync(form.Form(), ("CaseReference", "X1"), ("EventType", "child-protection-conference"),
            ("EventDate.Day", "31"), ("EventDate.Month", "2"), ("EventDate.Year", "2027"), ("QuestionnaireId", "lac-review-8-11"));
        Assert.Contains("Date of the meeting must be a real date", wrong.Errors);
        Assert.Contains("Select a questionnaire for this kind of meeting", wrong.Errors);
        var inPast = await client.SubmitAsync(form.Form(), ("CaseReference", "X1"), ("EventType", "looked-after-review"),
            ("EventDate.Day", past.Day.ToString()), ("EventDate.Month", past.Month.ToString()), ("EventDate.Year", past.Year.ToString()), ("QuestionnaireId", "lac-review-8-11"));
        Assert.Equal(["Date of the meeting must be today or in the future"], inPast.Errors);
        await using var db = app.NewDbContext();
        Assert.False(await db.Invitations.AnyAsync(i => i.CreatedById == practitioner.Id));
    }

    [Theory, BothDatabases]
    public async Task Reading_IsOnlyForTheChosenReaders_RecordsAReceipt_AndIsAudited(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var worker = await app.CreateStaffAsync([Roles.Practitioner]);
        var stranger = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, practitioner, socialWorker: worker);
        await ViewsTestData.SendAsync(app, code, shareWithSocialWorker: false);
        var url = $"/staff/views/{invitation.Id}/answers";

        var workerClient = PageClient.For(app);
        await workerClient.SignInAsync(worker);
        Assert.StartsWith("/account/access-denied", (await workerClient.GetAsync(url)).Location);
        var strangerClient = PageClient.For(app);
        await strangerClient.SignInAsync(stranger);
        Assert.StartsWith("/account/access-denied", (await strangerClient.GetAsync(url)).Location);

        await using (var db = app.NewDbContext())
            Assert.Null((await db.ViewResponses.SingleAsync(r => r.InvitationId == invitation.Id)).FirstReadAt);

        var owner = PageClient.For(app);
        await owner.SignInAsync(practitioner);
        var page = await owner.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Yes, for all of it", page.Text);
        await using (var db = app.NewDbContext())
        {
            var response = await db.ViewResponses.SingleAsync(r => r.InvitationId == invitation.Id);
            Assert.NotNull(response.FirstReadAt);
            var actions = await db.AuditEntries.Where(a => a.RecordId == response.Id.ToString()).Select(a => a.Action).ToListAsync();
            Assert.Contains("Read a young person's views", actions);
            Assert.Equal(2, actions.Count(a => a.StartsWith("Was refused")));
        }
    }

    [Theory, BothDatabases]
    public async Task SharedWithTheSocialWorker_TheyCanReadIt(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var worker = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, practitioner, socialWorker: worker);
        await ViewsTestData.SendAsync(app, code, shareWithSocialWorker: true);
        var client = PageClient.For(app);
        await client.SignInAsync(worker);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/views/{invitation.Id}/answers")).Status);
        var list = await client.GetAsync("/staff/views");
        Assert.Contains(invitation.CaseReference, list.Text);
    }

    [Theory, BothDatabases]
    public async Task Decisions_AndWhatHappenedNext_AreSaved_AndTheYoungPersonSeesIt(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-11-17");
        await ViewsTestData.SendAsync(app, code, shareWithSocialWorker: null, text: "I want to see my brother more");
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        var page = await client.GetAsync($"/staff/views/{invitation.Id}/answers");
        var decision = page.Document.QuerySelector("textarea[name^='Decisions[']")!;
        var saved = await client.SubmitAsync(page.Form("main form"), (decision.GetAttribute("name")!, "Contact with his brother goes up to every week"),
            ("WhatHappenedNext", "We agreed you will see your brother <b>every week</b>."));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        await using (var db = app.NewDbContext())
        {
            var response = await db.ViewResponses.Include(r => r.Decisions).SingleAsync(r => r.InvitationId == invitation.Id);
            Assert.Equal("Contact with his brother goes up to every week", response.Decisions.Single().Decision);
        }

        var young = PageClient.For(app);
        var next = await young.FollowAsync(await young.GetAsync("/views?code=" + code));
        Assert.Equal("What happened next", next.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("We agreed you will see your brother <b>every week</b>.", next.Document.QuerySelector("[data-testid=what-happened-next]")!.TextContent);
        // The decision about one answer is shown to them too, beside the question, without their own words again.
        var decided = next.Document.QuerySelector("[data-testid=decisions]")!;
        Assert.Contains("Contact with his brother goes up to every week", decided.TextContent);
        Assert.DoesNotContain("I want to see my brother more", next.Text);

        // The practitioner's list no longer says "Read", and the answers page shows no content hash.
        var list = await client.GetAsync("/staff/views");
        Assert.Contains("Decisions recorded", list.Text);
        var answers = await client.GetAsync($"/staff/views/{invitation.Id}/answers");
        Assert.DoesNotContain("Questionnaire version", answers.Text);
        Assert.DoesNotMatch("[0-9a-f]{12}", answers.Document.QuerySelector("main .govuk-summary-list")!.TextContent);

        var tooLong = await client.SubmitAsync((await client.GetAsync($"/staff/views/{invitation.Id}/answers")).Form("main form"), ("WhatHappenedNext", new string('x', 4001)));
        Assert.Equal(["What happened next must be 4000 characters or fewer"], tooLong.Errors);
    }

    [Fact]
    public async Task JsonExport_HasTheAnswersAndVersion_AndIsAudited()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, practitioner);
        await ViewsTestData.SendAsync(app, code, shareWithSocialWorker: null);
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        var response = await client.Http.GetAsync($"/staff/views/{invitation.Id}/answers/json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(invitation.CaseReference, json.RootElement.GetProperty("caseReference").GetString());
        Assert.Equal("lac-review-8-11", json.RootElement.GetProperty("questionnaire").GetProperty("id").GetString());
        Assert.Contains(json.RootElement.GetProperty("answers").EnumerateArray(), a => a.GetProperty("questionId").GetString() == "come-to-meeting");
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action.StartsWith("Exported")));
    }

    [Fact]
    public async Task MyInvitations_WarnWhenViewsAreUnreadCloseToTheMeeting()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (soon, soonCode) = await ViewsTestData.InviteAsync(app, practitioner, eventDate: today.AddDays(1));
        var (later, _) = await ViewsTestData.InviteAsync(app, practitioner, eventDate: today.AddDays(40));
        await ViewsTestData.SendAsync(app, soonCode, shareWithSocialWorker: null);
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        var page = await client.GetAsync("/staff/views");
        var rows = page.Document.QuerySelectorAll("tbody tr").ToList();
        var soonRow = rows.Single(r => r.TextContent.Contains(soon.CaseReference));
        var laterRow = rows.Single(r => r.TextContent.Contains(later.CaseReference));
        Assert.StartsWith("Unread: meeting", soonRow.QuerySelector("[data-testid=warning]")!.TextContent);
        Assert.Null(laterRow.QuerySelector("[data-testid=warning]"));
        Assert.Contains("Not started", laterRow.TextContent);
    }

    [Fact]
    public async Task StopAndNewCode_OnlyTheNewCodeWorks()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, oldCode) = await ViewsTestData.InviteAsync(app, practitioner);
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        var details = await client.GetAsync($"/staff/views/{invitation.Id}");
        var renewed = await client.GetAsync((await client.SubmitAsync(details.Form("form[action$='/newcode']"))).Location!);
        var newCode = renewed.Document.QuerySelector("[data-testid=code]")!.TextContent;
        var young = PageClient.For(app);
        Assert.Equal(["That code does not work. Check it and try again, or ask the person who gave it to you"],
            (await young.GetAsync("/views?code=" + oldCode)).Errors);
        Assert.Equal("/views/start", (await young.GetAsync("/views?code=" + newCode)).Location);

        var stopped = await client.SubmitAsync((await client.GetAsync($"/staff/views/{invitation.Id}")).Form("form[action$='/stop']"));
        Assert.Equal(HttpStatusCode.Redirect, stopped.Status);
        Assert.Equal("This code has stopped working", (await PageClient.For(app).GetAsync("/views?code=" + newCode)).Document.QuerySelector("h1")!.TextContent);
    }
}
