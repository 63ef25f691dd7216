using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using static Voice.Tests.Areas.Staff.Complaints.ComplaintsStaffTests;

namespace Voice.Tests.Areas.Staff.Complaints;

public class ComplaintActionsTests
{
    static (string, string)[] DateFields(string name, DateOnly d) =>
        [($"{name}.Day", d.Day.ToString()), ($"{name}.Month", d.Month.ToString()), ($"{name}.Year", d.Year.ToString())];

    [Theory, BothDatabases]
    public async Task RouteSplitAndCourtPause_AreRecordedAndToldToTheComplainant(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var today = ComplaintKit.Today(app);
        var email = $"route-{Guid.NewGuid():N}@example.com";
        var (id, reference, _) = await ComplaintKit.CreateAsync(app, today, email: email);

        var route = await client.GetAsync($"/staff/complaints/{id}/route");
        Assert.Equal(["Enter the reason for the route"], (await client.SubmitAsync(route.Form(), ("Route", "Statutory"), ("Reason", ""))).Errors);
        await Act(client, id, "route", ("Route", "Statutory"), ("Reason", "It is about a looked-after child"));
        await Act(client, id, "split", ("Part", "The school place was refused"), ("Route", "Corporate"), ("Reason", "School admissions follow the corporate procedure"));
        await Act(client, id, "pause", [.. DateFields("PausedOn", today), ("Proceedings", "Care proceedings are listed; findings could be prejudiced")]);

        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(today, c.RouteDecidedOn);
        Assert.True(c.IsPaused);
        Assert.Equal(PauseReason.LegalProceedings, Assert.Single(c.Pauses).Reason);
        await using (var db = app.NewDbContext())
        {
            var part = await db.Complaints.Include(x => x.Deadlines).SingleAsync(x => x.SplitFromId == id);
            Assert.Equal(ComplaintRoute.Corporate, part.Route);
            Assert.Equal("The school place was refused", part.Description);
            Assert.Equal(c.ReceivedOn, part.ReceivedOn);
            Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 5), part.Deadlines.Single(d => d.Step == ComplaintStep.Acknowledgement).DueOn);
            Assert.NotEqual(reference, part.Reference);
        }
        Assert.Contains(app.EmailsTo(email), e => e.Subject.StartsWith("How we will handle"));
        Assert.Contains(app.EmailsTo(email), e => e.Subject.StartsWith("Part of your complaint"));
        Assert.Contains(app.EmailsTo(email), e => e.Subject.EndsWith("is paused"));

        await Act(client, id, "resume");
        Assert.False((await ComplaintKit.LoadAsync(app, id)).IsPaused);
    }

    [Theory, BothDatabases]
    public async Task LateRequests_AreForAManagerToDecide(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var officer = PageClient.For(app);
        await officer.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var manager = PageClient.For(app);
        await manager.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsManager]));
        var today = ComplaintKit.Today(app);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, today, happenedOn: today.AddYears(-3));

        Assert.Equal($"/staff/complaints/{id}", (await officer.GetAsync($"/staff/complaints/{id}/decide-late")).Location);
        var form = await manager.GetAsync($"/staff/complaints/{id}/decide-late");
        Assert.Equal(["Select whether to accept or refuse it", "Enter the reason for the decision"], (await manager.SubmitAsync(form.Form())).Errors);
        await Act(manager, id, "decide-late", ("Decision", "Accepted"), ("Reason", "The family were in hospital; it can still be looked at fairly"));
        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(LateDecision.Accepted, c.LateDecision);
        Assert.Equal(ComplaintStatus.Open, c.Status);
    }

    [Theory, BothDatabases]
    public async Task Stage2ThroughToTheFinalResponse_WithRemediesLearningAndOmbudsman(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsManager]));
        var today = ComplaintKit.Today(app);
        var (id, _, _) = await Pages.Complaints.Track.TrackTests.RespondedAtStage1Async(app, today.AddDays(-20), respondedOn: today.AddDays(-1));

        await Act(client, id, "stage2", [.. DateFields("RequestedOn", today), ("InvestigatingOfficer", "Ian Investigator"), ("IndependentPerson", "Ivy Independent"), .. DateFields("StatementAgreedOn", today)]);
        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(2, c.Stage);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 25), c.NextDueOn);

        await Act(client, id, "extend", ("Days", "40"), ("Reason", "Independent person unavailable"));
        c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 65), c.NextDueOn);

        await Act(client, id, "respond", ($"Outcomes[{c.Points[0].Id}]", "PartlyUpheld"), ("Summary", "Adjudication"));
        await Act(client, id, "panel", [.. DateFields("RequestedOn", today), ("Names[0]", "Ann"), ("Notes[0]", "Independent"), ("Names[1]", "Bo"), ("Notes[1]", "Independent"), ("Names[2]", "Cy"), ("Notes[2]", "Independent"), .. DateFields("MeetingOn", today)]);
        await Act(client, id, "panel-report", DateFields("SentOn", today));
        c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 15), c.NextDueOn);
        await Act(client, id, "respond", ($"Outcomes[{c.Points[0].Id}]", "Upheld"), ("Summary", "The council's final response"));
        await Act(client, id, "remedy", ("Kind", "Payment"), ("Remedy", "For time and trouble"), ("Amount", "250.00"));
        var badAmount = await client.SubmitAsync((await client.GetAsync($"/staff/complaints/{id}/remedy")).Form(), ("Kind", "Payment"), ("Remedy", "x"), ("Amount", "lots"));
        Assert.Equal(["Enter an amount in pounds, like 250 or 250.00"], badAmount.Errors);
        await Act(client, id, "learning", [("Change", "Tell families when reviews move"), ("Owner", "Head of IRO service"), .. DateFields("DueOn", today.AddDays(60))]);
        await using (var db = app.NewDbContext())
        {
            var learning = await db.ComplaintLearningActions.SingleAsync(a => a.ComplaintId == id);
            var status = await client.GetAsync($"/staff/complaints/{id}/learning-status?item={learning.Id}");
            var saved = await client.SubmitAsync(status.Form(), ("Status", "Done"));
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }
        await Act(client, id, "ombudsman", [.. DateFields("ReferredOn", today), ("OmbudsmanReference", "25 001 573"), ("Outcome", "No fault"), .. DateFields("DecidedOn", today)]);

        c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal(today, c.Panel!.FinalResponseOn);
        Assert.Equal(PointOutcome.Upheld, c.Points[0].Outcome);
        Assert.Equal(3, c.Points[0].DecidedAtStage);
        Assert.Null(c.NextDueOn);
        await using var check = app.NewDbContext();
        Assert.Equal(25000, (await check.ComplaintRemedies.SingleAsync(r => r.ComplaintId == id)).AmountPence);
        Assert.Equal(LearningStatus.Done, (await check.ComplaintLearningActions.SingleAsync(a => a.ComplaintId == id)).Status);
        Assert.Equal("No fault", (await check.ComplaintOmbudsmanReferrals.SingleAsync(o => o.ComplaintId == id)).Outcome);
    }

    [Fact]
    public async Task UnknownComplaintOrAction_Is404_AndNotAllowedNowGoesBack()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var (id, _, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/complaints/999999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/complaints/{id}/delete-everything")).Status);
        // No points yet, so there is nothing to respond to.
        Assert.Equal($"/staff/complaints/{id}", (await client.GetAsync($"/staff/complaints/{id}/respond")).Location);
    }

    [Fact]
    public async Task ARuleTheComplaintRefuses_IsAnErrorOnTheField_AndNothingIsSaved()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var today = ComplaintKit.Today(app);
        var (id, _, _) = await Pages.Complaints.Track.TrackTests.RespondedAtStage1Async(app, today.AddDays(-20), respondedOn: today.AddDays(-1));
        var before = await ComplaintKit.LoadAsync(app, id);

        var form = await client.GetAsync($"/staff/complaints/{id}/route");
        var refused = await client.SubmitAsync(form.Form(), ("Route", before.Route == ComplaintRoute.Statutory ? "Corporate" : "Statutory"), ("Reason", "Changed our minds"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["The route cannot change after the Stage 1 response. Split the complaint instead"], refused.Errors);
        Assert.NotNull(refused.Document.QuerySelector("#Route-error"));
        var after = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal((before.Route, before.Version, before.Events.Count), (after.Route, after.Version, after.Events.Count));
    }

    [Theory, BothDatabases]
    public async Task APausedComplaint_ShowsPaused_OnTheStaffPage_AndToTheComplainant(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = PageClient.For(app);
        await staff.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var today = ComplaintKit.Today(app);
        var (id, reference, code) = await ComplaintKit.CreateAsync(app, today);
        await Act(staff, id, "pause", [.. DateFields("PausedOn", today), ("Proceedings", "Police are investigating")]);

        var details = await staff.GetAsync($"/staff/complaints/{id}");
        Assert.Contains("Paused", details.Document.QuerySelector("#deadlines")!.TextContent);

        var complainant = PageClient.For(app);
        var form = await complainant.GetAsync("/complaints/track");
        var tracking = await complainant.FollowAsync(await complainant.SubmitAsync(form.Form(), ("Reference", reference), ("Code", code)));
        var summary = tracking.Document.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("We will reply by", summary);
        Assert.Contains("Paused", summary);
        Assert.DoesNotContain("!", tracking.Document.QuerySelector(".govuk-summary-list")!.QuerySelectorAll("dt").Select(dt => dt.TextContent).Aggregate("", string.Concat));
    }

    [Theory, BothDatabases]
    public async Task StaffComplaintPage_IsReadable_ContactRows_StaffVoice_UkTime_AndWhyNoResponseYet(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = PageClient.For(app);
        await staff.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var (id, reference, code) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app), email: "pat@example.com");
        var complainant = PageClient.For(app);
        var form = await complainant.GetAsync("/complaints/track");
        var tracking = await complainant.FollowAsync(await complainant.SubmitAsync(form.Form(), ("Reference", reference), ("Code", code)));
        await complainant.SubmitAsync(tracking.Form($"form[action$='/addinformation']"), ("Information", "The meeting was on a Tuesday"));

        var page = await staff.GetAsync($"/staff/complaints/{id}");
        var keys = page.Document.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        Assert.Contains("Email", keys);
        Assert.Contains("Phone", keys);
        Assert.Contains("Address", keys);
        Assert.Contains("Contact them by", keys);
        Assert.Contains("Advocacy offered", keys);
        Assert.Contains("Advocate appointed", keys);
        Assert.Contains("first add each complaint point", page.Document.QuerySelector("#respond-needs-points")!.TextContent);

        var timeline = page.Document.QuerySelector("#timeline")!.TextContent;
        Assert.Contains("The complainant added information", timeline);
        Assert.DoesNotContain("You added information", timeline);
        Assert.DoesNotContain("UTC", timeline);
        await using var db = app.NewDbContext();
        var at = (await db.ComplaintEvents.Where(e => e.ComplaintId == id).OrderBy(e => e.Id).FirstAsync()).At;
        Assert.Contains(Voice.Data.Calendar.UkClock.Format(at), timeline);
    }
}
