using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Complaints.New;

public class NewComplaintTests
{
    [Theory, BothDatabases]
    public async Task Journey_CreatesOneComplaint_ShowsReferenceAndReplyBy_AndEmailsTheTrackingLink(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        var sent = await ComplaintKit.SubmitOnlineAsync(client);

        Assert.Matches(@"^CMP-\d{4}-[A-Z2-9]{6}$", sent.Reference);
        Assert.Matches(@"^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", sent.Code);
        var today = ComplaintKit.Today(app);
        var expectedDue = ComplaintKit.Calendar.AddWorkingDays(today, 10);
        Assert.Equal(expectedDue.ToString("dddd d MMMM yyyy"), sent.Confirmation.Document.GetElementById("reply-by")!.TextContent);

        await using var db = app.NewDbContext();
        var c = await db.Complaints.Include(x => x.Deadlines).Include(x => x.Events).SingleAsync(x => x.Reference == sent.Reference);
        Assert.Equal(ComplaintRoute.Statutory, c.Route);
        Assert.Equal(ComplaintStatus.Open, c.Status);
        Assert.Equal(ReceivedChannel.Online, c.Channel);
        Assert.Equal(today, c.ReceivedOn);
        Assert.Equal(sent.Email, c.Email);
        Assert.Equal(Voice.Tests.Pages.Views.ViewsTestData.Hash(app, sent.Code), c.TrackingCodeHash);
        Assert.DoesNotContain(sent.Code.Replace("-", ""), c.TrackingCodeHash, StringComparison.OrdinalIgnoreCase);
        var stage1 = c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        Assert.Equal(expectedDue, stage1.DueOn);
        Assert.Equal(ComplaintKit.Calendar.Version, stage1.CalendarVersion);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 3), c.Deadlines.Single(d => d.Step == ComplaintStep.Acknowledgement).DueOn);
        Assert.Equal(c.Deadlines.Min(d => d.DueOn), c.NextDueOn);
        Assert.Contains(c.Events, e => e.Kind == "Received" && e.Public);
        Assert.Equal(c.Id, (await db.ComplaintDrafts.SingleAsync(d => d.ComplaintId == c.Id)).ComplaintId);

        var email = Assert.Single(app.EmailsTo(sent.Email));
        Assert.Contains(sent.Reference, email.Subject);
        Assert.Contains(sent.Code, email.Body);
        Assert.Contains(expectedDue.ToString("dddd d MMMM yyyy"), email.Body);
        Assert.NotNull(ComplaintKit.LinkIn(email.Body));
    }

    [Fact]
    public async Task SubmittingTwice_CreatesOneComplaint()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var sent = await ComplaintKit.SubmitOnlineAsync(client);
        // The browser's back button and a second press of "Send complaint".
        var again = await client.PostAsync(sent.DraftPath + "/check", [new("__RequestVerificationToken", sent.Confirmation.Document.QuerySelector("meta[name=request-verification-token]")!.GetAttribute("content")!)]);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.EndsWith("/done", again.Location);
        var done = await client.FollowAsync(again);
        Assert.Equal(sent.Reference, done.Document.GetElementById("reference")!.TextContent.Trim());
        // The code is shown again (it is not stored in plain text, but kept encrypted on the draft for an hour).
        Assert.Equal(sent.Code, done.Document.GetElementById("tracking-code")!.TextContent.Trim());
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var later = await client.GetAsync(again.Location!);
        Assert.Equal(sent.Reference, later.Document.GetElementById("reference")!.TextContent.Trim());
        Assert.Null(later.Document.GetElementById("tracking-code"));
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Complaints.CountAsync(c => c.Email == sent.Email));
        Assert.Single(app.EmailsTo(sent.Email));
    }

    [Fact]
    public async Task ConcurrentSubmissionsOfOneDraft_CreateOneComplaint()
    {
        var app = await TestApps.Get(DatabaseProvider.Postgres);
        var client = PageClient.For(app);
        var email = $"race-{Guid.NewGuid():N}@example.com";
        var start = await client.GetAsync("/complaints/new");
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        var draftPath = who.Response.RequestMessage!.RequestUri!.AbsolutePath[..^"/who".Length];
        var token = who.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task Post(string q, params (string, string)[] f) =>
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{draftPath}/{q}", f.Select(x => new KeyValuePair<string, string>(x.Item1, x.Item2)).Append(new("__RequestVerificationToken", token)))).Status);
        await Post("who", ("Who", "Parent"));
        await Post("service", ("Service", "adoption"));
        await Post("what-happened", ("Description", "Race"));
        var d = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-3);
        await Post("when", ("HappenedOn.Day", d.Day.ToString()), ("HappenedOn.Month", d.Month.ToString()), ("HappenedOn.Year", d.Year.ToString()));
        await Post("outcome", ("WantedOutcome", "x"));
        await Post("help", ("Needs", "none"));
        await Post("contact", ("Name", "Racer"), ("Email", email), ("Preference", "Email"));

        var posts = Enumerable.Range(0, 8).Select(_ => client.PostAsync(draftPath + "/check", [new("__RequestVerificationToken", token)]));
        var results = await Task.WhenAll(posts);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Complaints.CountAsync(c => c.Email == email));
    }

    [Fact]
    public async Task EmptyAnswers_ShowGovUkErrors_AndSaveNothing()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var start = await client.GetAsync("/complaints/new");
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        var draftPath = who.Response.RequestMessage!.RequestUri!.AbsolutePath[..^"/who".Length];

        var noWho = await client.SubmitAsync(who.Form());
        Assert.Equal(HttpStatusCode.BadRequest, noWho.Status);
        Assert.StartsWith("Error: ", noWho.Title);
        Assert.Equal(["Select who is making the complaint"], noWho.Errors);
        Assert.Equal("Select who is making the complaint", noWho.FieldError("Who"));

        var badWho = await client.SubmitAsync(who.Form(), ("Who", "Wizard"));
        Assert.Equal(["Select who is making the complaint"], badWho.Errors);

        var onBehalf = await client.SubmitAsync(who.Form(), ("Who", "OnBehalf"));
        Assert.Equal(["Enter your relationship to the child"], onBehalf.Errors);

        var what = await client.GetAsync(draftPath + "/what-happened");
        var empty = await client.SubmitAsync(what.Form(), ("Description", "   "));
        Assert.Equal(["Enter what happened"], empty.Errors);
        var huge = await client.SubmitAsync(what.Form(), ("Description", new string('a', 5001)));
        Assert.Equal(["What happened must be 5000 characters or fewer"], huge.Errors);

        var when = await client.GetAsync(draftPath + "/when");
        var noMonth = await client.SubmitAsync(when.Form(), ("HappenedOn.Day", "3"), ("HappenedOn.Month", ""), ("HappenedOn.Year", "2026"));
        Assert.Equal(["The date it happened must include a month"], noMonth.Errors);
        var notReal = await client.SubmitAsync(when.Form(), ("HappenedOn.Day", "31"), ("HappenedOn.Month", "2"), ("HappenedOn.Year", "2026"));
        Assert.Equal(["The date it happened must be a real date"], notReal.Errors);
        var future = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(30);
        var inFuture = await client.SubmitAsync(when.Form(), ("HappenedOn.Day", future.Day.ToString()), ("HappenedOn.Month", future.Month.ToString()), ("HappenedOn.Year", future.Year.ToString()));
        Assert.Equal(["The date it happened must be today or in the past"], inFuture.Errors);

        var contact = await client.GetAsync(draftPath + "/contact");
        var noWay = await client.SubmitAsync(contact.Form(), ("Name", ""), ("Email", "not-an-email"), ("Preference", "Phone"));
        Assert.Equal(["Enter your name", "Enter an email address in the correct format, like name@example.com", "Enter your phone number"], noWay.Errors);

        // Going straight to check answers sends you to the first unanswered question.
        var check = await client.GetAsync(draftPath + "/check");
        Assert.Equal(draftPath + "/who", check.Location);
        await using var db = app.NewDbContext();
        var draftId = draftPath.Split('/')[^1];
        Assert.Equal("{}", (await db.ComplaintDrafts.SingleAsync(d => d.Id == draftId)).Data);
    }

    [Fact]
    public async Task HtmlInAnswers_IsShownAsText()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var sent = await ComplaintKit.SubmitOnlineAsync(client, description: "<script>alert('x')</script><b>bold</b>", name: "<i>Pat</i>");
        var staff = PageClient.For(app);
        await staff.SignInAsync(await app.CreateStaffAsync([Voice.Data.Identity.Roles.ComplaintsOfficer]));
        await using var db = app.NewDbContext();
        var id = await db.Complaints.Where(c => c.Reference == sent.Reference).Select(c => c.Id).SingleAsync();
        var page = await staff.GetAsync($"/staff/complaints/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<script>alert('x')</script><b>bold</b>", page.Text);
        Assert.Null(page.Document.QuerySelector("main script"));
        Assert.Null(page.Document.QuerySelector("main b"));
        Assert.Contains("&lt;script&gt;", await page.Response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SomethingMoreThanAYearAgo_AsksWhy_AndIsFlaggedForADecision()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var sent = await ComplaintKit.SubmitOnlineAsync(client, happenedOn: ComplaintKit.Today(app).AddYears(-2));
        await using var db = app.NewDbContext();
        var c = await db.Complaints.Include(x => x.Events).SingleAsync(x => x.Reference == sent.Reference);
        Assert.True(c.IsLate);
        Assert.Null(c.LateDecision);
        Assert.Equal("I was unwell", c.LateReason);
        Assert.Contains(c.Events, e => e.Kind == "Late complaint");
    }

    [Fact]
    public async Task ChildOrCareLeaver_IsOfferedAnAdvocateAutomatically()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var sent = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app), who: ComplainantType.Child);
        await using var db = app.NewDbContext();
        var c = await db.Complaints.SingleAsync(x => x.Reference == sent.Reference);
        Assert.Equal(c.ReceivedOn, c.AdvocacyOfferedOn);
        Assert.Contains("advocate", Assert.Single(app.EmailsTo(sent.Email)).Body);
    }

    [Fact]
    public async Task UnknownOrExpiredDraft_GoesBackToTheStart()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var page = await client.GetAsync("/complaints/new/0123456789abcdef0123456789abcdef/what-happened");
        Assert.Equal("/complaints/new?expired=true", page.Location);
    }
}
