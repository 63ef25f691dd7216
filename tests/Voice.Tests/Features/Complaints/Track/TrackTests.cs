using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using Voice.Web.Features.Complaints.Track;

namespace Voice.Tests.Pages.Complaints.Track;

public class TrackTests
{
    internal static async Task<PageResult> SignInToTrackAsync(PageClient client, string reference, string code)
    {
        var form = await client.GetAsync("/complaints/track");
        var result = await client.SubmitAsync(form.Form(), ("Reference", reference), ("Code", code));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        return await client.FollowAsync(result);
    }

    [Theory, BothDatabases]
    public async Task ReferenceAndCode_ShowStatusDueDateAndPublicTimeline(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var today = ComplaintKit.Today(app);
        var (_, reference, code) = await ComplaintKit.CreateAsync(app, today);
        var client = PageClient.For(app);
        // Codes are forgiving about case and dashes.
        var page = await SignInToTrackAsync(client, reference.ToLowerInvariant(), code.Replace("-", "").ToLowerInvariant());
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(reference, page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Open", page.Text);
        Assert.Contains(ComplaintKit.Calendar.AddWorkingDays(today, 10).ToString("dddd d MMMM yyyy"), page.Text);
        Assert.Contains("Complaint received", page.Document.GetElementById("timeline")!.TextContent);
        // The due date's label is plain words: Razor once printed the null-forgiving "!" after it.
        var keys = page.Document.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        Assert.Contains("We will reply by", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith('!'));
    }

    [Fact]
    public async Task PrivateLink_SignsIn_AndTheCodeLeavesTheAddress()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var sent = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app));
        var link = ComplaintKit.LinkIn(app.EmailsTo(sent.Email).Single().Body)!;
        var client = PageClient.For(app);
        var result = await client.GetAsync(link);
        Assert.Equal($"/complaints/track/{sent.Reference.ToLowerInvariant()}", result.Location!.ToLowerInvariant());
        var page = await client.FollowAsync(result);
        Assert.Equal(sent.Reference, page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task PrivateLink_CarriesItsOwnToken_NotTheCodeOrReference_AndOldLinksStillWork()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var sent = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app));
        var link = ComplaintKit.LinkIn(app.EmailsTo(sent.Email).Single().Body)!;
        Assert.Matches("^/complaints/track[?]link=[A-Za-z0-9_-]{22}$", link);
        Assert.Equal(link, ComplaintKit.LinkIn(sent.Confirmation.Document.Body!.TextContent));
        Assert.DoesNotContain(sent.Code.Replace("-", ""), link.Replace("-", ""));

        // A link from before links had tokens (reference and code) still opens the complaint.
        var old = PageClient.For(app);
        Assert.Equal($"/complaints/track/{sent.Reference.ToLowerInvariant()}",
            (await old.GetAsync($"/complaints/track?reference={sent.Reference}&code={sent.Code}")).Location!.ToLowerInvariant());

        // A token that is not ours gets a plain message and the form, and counts as a wrong try.
        var wrong = await PageClient.For(app).GetAsync("/complaints/track?link=" + Voice.Data.Access.AccessCodes.NewLinkToken());
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("That link does not work", wrong.Document.GetElementById("link-problem")!.TextContent);
        Assert.NotNull(wrong.Document.GetElementById("Reference"));
    }

    [Fact]
    public async Task WrongCodeOrReference_GetOneGenericMessage_AndNobodySeesAnotherComplaint()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var today = ComplaintKit.Today(app);
        var mine = await ComplaintKit.CreateAsync(app, today);
        var theirs = await ComplaintKit.CreateAsync(app, today);
        var client = PageClient.For(app);
        var form = await client.GetAsync("/complaints/track");

        var wrongCode = await client.SubmitAsync(form.Form(), ("Reference", theirs.Reference), ("Code", mine.Code));
        var noSuchRef = await client.SubmitAsync(form.Form(), ("Reference", "CMP-1999-999999"), ("Code", mine.Code));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.Status);
        Assert.Equal([IndexModel.NoMatch], wrongCode.Errors);
        Assert.Equal([IndexModel.NoMatch], noSuchRef.Errors);
        Assert.Equal("", wrongCode.Document.GetElementById("Code")!.GetAttribute("value"));

        await SignInToTrackAsync(client, mine.Reference, mine.Code);
        var other = await client.GetAsync($"/complaints/track/{theirs.Reference}");
        Assert.Equal("/complaints/track", other.Location);
        var empty = await client.SubmitAsync(form.Form(), ("Reference", ""), ("Code", ""));
        Assert.Equal(["Enter your complaint reference", "Enter your tracking code"], empty.Errors);
    }

    [Fact]
    public async Task TrackingCodeFromBeforeTheOneScheme_StillWorks_AndIsStoredAnewOnFirstUse()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (id, reference, code) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        var old = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Voice.Data.Access.AccessCodes.Normalise(code))));
        await using (var db = app.NewDbContext())
            await db.Complaints.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.TrackingCodeHash, old));

        var page = await SignInToTrackAsync(PageClient.For(app), reference, code);
        Assert.Equal(reference, page.Document.QuerySelector("h1")!.TextContent);
        await using (var db = app.NewDbContext())
            Assert.Equal(Pages.Views.ViewsTestData.Hash(app, code), await db.Complaints.Where(c => c.Id == id).Select(c => c.TrackingCodeHash).SingleAsync());
    }

    [Fact]
    public async Task WrongCodes_AgainstOneComplaint_AreRefusedWhoeverSendsThem()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, reference, code) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        for (var i = 0; i < 10; i++)
        {
            var guesser = PageClient.For(app);
            var form = await guesser.GetAsync("/complaints/track");
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.SubmitAsync(form.Form(), ("Reference", reference), ("Code", Voice.Data.Access.AccessCodes.NewCode()))).Status);
        }
        var client = PageClient.For(app);
        var refused = await client.SubmitAsync((await client.GetAsync("/complaints/track")).Form(), ("Reference", reference), ("Code", code));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal([Voice.Web.Infrastructure.Security.AccessCheck.BlockedMessage], refused.Errors);
    }

    [Fact]
    public async Task GuessingCodes_IsRateLimited()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:Limits:PublicPostsPerMinute"] = "15" });
        var client = PageClient.For(app);
        var form = await client.GetAsync("/complaints/track");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
            statuses.Add((await client.SubmitAsync(form.Form(), ("Reference", "CMP-2026-000001"), ("Code", $"AAAA-BBBB-{i:0000}"))).Status);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(HttpStatusCode.OK, statuses);
    }

    [Theory, BothDatabases]
    public async Task AddInformation_AndWithdraw_AreRecordedOnTheTimeline(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (id, reference, code) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        var officer = await app.CreateStaffAsync([Voice.Data.Identity.Roles.ComplaintsOfficer]);
        await using (var db = app.NewDbContext())
            await db.Complaints.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssignedToId, officer.Id));
        var client = PageClient.For(app);
        var page = await SignInToTrackAsync(client, reference, code);

        var empty = await client.SubmitAsync(page.Form("form[action$='/addinformation']"), ("Information", ""));
        Assert.Equal(["Enter the information you want to add"], empty.Errors);
        var added = await client.SubmitAsync(page.Form("form[action$='/addinformation']"), ("Information", "<img src=x onerror=alert(1)> The meeting was moved again"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        page = await client.FollowAsync(added);
        Assert.Contains("<img src=x onerror=alert(1)> The meeting was moved again", page.Document.GetElementById("timeline")!.TextContent);
        Assert.Null(page.Document.QuerySelector("#timeline img"));

        var unconfirmed = await client.SubmitAsync(page.Form("form[action$='/withdraw']"));
        Assert.Equal(["Confirm that you want to withdraw your complaint"], unconfirmed.Errors);
        var withdrawn = await client.SubmitAsync(page.Form("form[action$='/withdraw']"), ("ConfirmWithdraw", "yes"), ("WithdrawReason", "Sorted now"));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);

        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(ComplaintStatus.Withdrawn, c.Status);
        Assert.Null(c.NextDueOn);
        Assert.Contains(c.Events, e => e.Kind == "Information added" && e.Detail!.Contains("moved again"));
        Assert.Contains(c.Events, e => e.Kind == "Withdrawn" && e.Detail == "Sorted now");
        Assert.Equal([$"{reference}: Added information", $"{reference}: Withdrawn the complaint"], app.EmailsTo(officer.Email).Select(e => e.Subject).Order());
    }

    [Theory, BothDatabases]
    public async Task AskingForStage2_InTimeOpensStage2_LateGoesToStaff(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var today = ComplaintKit.Today(app);
        var inTime = await RespondedAtStage1Async(app, today.AddDays(-14), respondedOn: today.AddDays(-1));
        var late = await RespondedAtStage1Async(app, today.AddDays(-120), respondedOn: today.AddDays(-90));

        foreach (var (complaint, expectLate) in new[] { (inTime, false), (late, true) })
        {
            var client = PageClient.For(app);
            var page = await SignInToTrackAsync(client, complaint.Reference, complaint.Code);
            var form = page.Form("form[action$='/nextstage']");
            Assert.Equal(["Enter why you are not happy with our response"], (await client.SubmitAsync(form, ("NextStageReason", ""))).Errors);
            var asked = await client.SubmitAsync(form, ("NextStageReason", "You did not answer point 2"));
            Assert.Equal(HttpStatusCode.Redirect, asked.Status);
            var c = await ComplaintKit.LoadAsync(app, complaint.Id);
            Assert.Equal(2, c.Stage);
            Assert.Equal(today, c.Stage2!.RequestedOn);
            Assert.Equal(expectLate, c.Stage2.RequestWasLate);
            Assert.Equal(expectLate ? ComplaintStatus.AwaitingDecision : ComplaintStatus.Open, c.Status);
            Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 25), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage2Response).DueOn);
        }
    }

    /// <summary>A complaint whose Stage 1 response was sent, straight in the database.</summary>
    internal static async Task<(long Id, string Reference, string Code)> RespondedAtStage1Async(VoiceApplication app, DateOnly receivedOn, DateOnly respondedOn)
    {
        var made = await ComplaintKit.CreateAsync(app, receivedOn);
        await using var db = app.NewDbContext();
        var c = await db.Complaints.Include(x => x.Deadlines).SingleAsync(x => x.Id == made.Id);
        c.AcknowledgedOn = receivedOn;
        c.Stage1RespondedOn = respondedOn;
        c.Status = ComplaintStatus.Responded;
        db.ComplaintPoints.Add(new ComplaintPoint { ComplaintId = c.Id, Number = 1, Summary = "Point", Outcome = PointOutcome.NotUpheld, DecidedAtStage = 1 });
        ComplaintClocks.Refresh(c, new DeadlineCalculator(ComplaintKit.Calendar, 2), ComplaintKit.Today(app), TimeProvider.System.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return made;
    }
}
