using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Complaints;

public class ComplaintsStaffTests
{
    static async Task<(VoiceApplication App, PageClient Client, StaffAccount Me)> SignedInAsync(DatabaseProvider provider, string role = Roles.ComplaintsOfficer)
    {
        var app = await TestApps.Get(provider);
        var me = await app.CreateStaffAsync([role]);
        var client = PageClient.For(app);
        await client.SignInAsync(me);
        return (app, client, me);
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.QaAnalyst)]
    public async Task OtherStaff_CannotOpenTheComplaintsArea(string role)
    {
        var (app, client, _) = await SignedInAsync(DatabaseProvider.Sqlite, role);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        foreach (var url in new[] { "/staff/complaints", "/staff/complaints/log", $"/staff/complaints/{id}", $"/staff/complaints/{id}/acknowledge", "/staff/complaints/report" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/account/access-denied", page.Location);
        }
        var anonymous = await PageClient.For(app).GetAsync("/staff/complaints");
        Assert.StartsWith("/account/sign-in", anonymous.Location);
    }

    [Theory, BothDatabases]
    public async Task Queue_IsOrderedByDueDate_WithMarkersBeforeAndAfterDeadlines(DatabaseProvider provider)
    {
        var (app, client, _) = await SignedInAsync(provider);
        var today = ComplaintKit.Today(app);
        var service = "svc-" + Guid.NewGuid().ToString("N")[..6];
        // Received long ago (overdue), two working days to go (amber), and today (on track).
        var overdue = await ComplaintKit.CreateAsync(app, today.AddDays(-40));
        var soon = await ComplaintKit.CreateAsync(app, PreviousWorkingDay(today, 2));
        var fresh = await ComplaintKit.CreateAsync(app, today);
        // One with no due date (as while waiting for a decision) comes last, on every database.
        var undated = await ComplaintKit.CreateAsync(app, today);
        await using (var db = app.NewDbContext())
        {
            // A service of their own so other tests' complaints stay out of this queue.
            await db.Complaints.Where(c => c.Id == overdue.Id || c.Id == soon.Id || c.Id == fresh.Id || c.Id == undated.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Service, service));
            await db.Complaints.Where(c => c.Id == undated.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextDueOn, (DateOnly?)null));
        }
        var page = await client.GetAsync($"/staff/complaints?Service={service}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("#queue tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(overdue.Reference, rows[0]);
        Assert.Contains("Overdue", rows[0]);
        Assert.Contains(soon.Reference, rows[1]);
        Assert.Contains("Due soon", rows[1]);
        Assert.Contains(fresh.Reference, rows[2]);
        Assert.DoesNotContain("Due soon", rows[2]);
        Assert.Contains(undated.Reference, rows[3]);

        var onlyOverdue = await client.GetAsync($"/staff/complaints?Service={service}&Overdue=true");
        Assert.Single(onlyOverdue.Document.QuerySelectorAll("#queue tbody tr"));
        var within2 = await client.GetAsync($"/staff/complaints?Service={service}&DueWithin=2");
        Assert.Equal(2, within2.Document.QuerySelectorAll("#queue tbody tr").Length);
    }

    static DateOnly PreviousWorkingDay(DateOnly from, int n)
    {
        var day = from;
        while (ComplaintKit.Calendar.CountWorkingDays(day, from) < n || !ComplaintKit.Calendar.IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    [Theory, BothDatabases]
    public async Task LogAComplaintByPhone_StartsTheClockOnTheDateReceived(DatabaseProvider provider)
    {
        var (app, client, _) = await SignedInAsync(provider);
        var received = new DateOnly(2025, 12, 18);
        var form = await client.GetAsync("/staff/complaints/log");
        var email = $"phone-{Guid.NewGuid():N}@example.com";
        var result = await client.SubmitAsync(form.Form(),
            ("Channel", "Phone"), ("ReceivedOn.Day", "18"), ("ReceivedOn.Month", "12"), ("ReceivedOn.Year", "2025"),
            ("Who", "FosterCarer"), ("Service", "fostering"), ("Description", "No support after placement"),
            ("Name", "Fran Foster"), ("Email", email), ("Preference", "Email"));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var details = await client.FollowAsync(result);
        Assert.Contains("Tracking code for the complainant", details.Text);

        await using var db = app.NewDbContext();
        var c = await db.Complaints.Include(x => x.Deadlines).SingleAsync(x => x.Email == email);
        Assert.Equal(ReceivedChannel.Phone, c.Channel);
        Assert.Equal(received, c.ReceivedOn);
        Assert.StartsWith("CMP-2025-", c.Reference);
        // Each due date says how it was reached: Christmas, Boxing Day and New Year's Day are not counted.
        var explained = details.Document.QuerySelector("[data-explain='Stage1Response']")!.TextContent;
        Assert.Contains("Day 0 is Thu 18 Dec 2025", explained);
        Assert.Contains("Christmas Day 25 Dec, Boxing Day 26 Dec, New Year\u2019s Day 1 Jan", explained);
        Assert.Contains(ComplaintKit.Calendar.Version, explained);
        Assert.Equal(new DateOnly(2026, 1, 6), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response).DueOn);
        // The form's submission key makes a second press of the button harmless.
        var again = await client.SubmitAsync(form.Form(),
            ("Channel", "Phone"), ("ReceivedOn.Day", "18"), ("ReceivedOn.Month", "12"), ("ReceivedOn.Year", "2025"),
            ("Who", "FosterCarer"), ("Service", "fostering"), ("Description", "No support after placement"),
            ("Name", "Fran Foster"), ("Email", email), ("Preference", "Email"));
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(1, await db.Complaints.CountAsync(x => x.Email == email));
    }

    [Fact]
    public async Task LogWithBadInput_ShowsErrors_AndSavesNothing()
    {
        var (app, client, _) = await SignedInAsync(DatabaseProvider.Sqlite);
        var form = await client.GetAsync("/staff/complaints/log");
        var future = ComplaintKit.Today(app).AddDays(3);
        var result = await client.SubmitAsync(form.Form(), ("Channel", "Online"), ("ReceivedOn.Day", future.Day.ToString()), ("ReceivedOn.Month", future.Month.ToString()),
            ("ReceivedOn.Year", future.Year.ToString()), ("Description", new string('x', 5001)), ("Name", "Nobody Saved"), ("Preference", "Post"));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["Select how the complaint was received", "The date it was received must be today or in the past", "Select who is making the complaint",
            "Select which service the complaint is about", "What happened must be 5000 characters or fewer", "Enter their address"], result.Errors);
        await using var db = app.NewDbContext();
        Assert.False(await db.Complaints.AnyAsync(c => c.ComplainantName == "Nobody Saved"));
    }

    [Theory, BothDatabases]
    public async Task AcknowledgeExtendAndRespond_MoveTheClocks_TellTheComplainant_AndAreOnTheTimeline(DatabaseProvider provider)
    {
        var (app, client, me) = await SignedInAsync(provider);
        var today = ComplaintKit.Today(app);
        var received = PreviousWorkingDay(today, 2);
        var email = $"flow-{Guid.NewGuid():N}@example.com";
        var (id, reference, _) = await ComplaintKit.CreateAsync(app, received, email: email);

        var details = await client.GetAsync($"/staff/complaints/{id}");
        Assert.Equal(HttpStatusCode.OK, details.Status);

        await Act(client, id, "assign", ("Officer", me.Id));
        await Act(client, id, "acknowledge", ("Message", "We will call you this week"));
        var extend = await client.GetAsync($"/staff/complaints/{id}/extend");
        var tooLong = await client.SubmitAsync(extend.Form(), ("Days", "11"), ("Reason", "Complex"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Equal(["You can extend by at most 10 more working days: Stage 1 response cannot take more than 20 working days"], tooLong.Errors);
        var noReason = await client.SubmitAsync(extend.Form(), ("Days", "5"), ("Reason", ""));
        Assert.Equal(["Enter the reason for the extension"], noReason.Errors);
        await Act(client, id, "extend", ("Days", "10"), ("Reason", "We need to speak to three teams"));
        // Nothing beyond the maximum: the action is no longer offered.
        Assert.Equal($"/staff/complaints/{id}", (await client.GetAsync($"/staff/complaints/{id}/extend")).Location);

        await Act(client, id, "point", ("Point", "Review meetings were cancelled"));
        await Act(client, id, "point", ("Point", "Nobody told the family"));
        var c = await ComplaintKit.LoadAsync(app, id);
        var respond = await client.GetAsync($"/staff/complaints/{id}/respond");
        var missing = await client.SubmitAsync(respond.Form(), ($"Outcomes[{c.Points[0].Id}]", "Upheld"), ("Summary", "Our findings"));
        Assert.Equal(["Select the outcome for point 2"], missing.Errors);
        await Act(client, id, "respond", ($"Outcomes[{c.Points[0].Id}]", "Upheld"), ($"Outcomes[{c.Points[1].Id}]", "PartlyUpheld"), ("Summary", "We are sorry. Meetings will not be cancelled without notice."));

        c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(me.Id, c.AssignedToId);
        Assert.Equal(today, c.AcknowledgedOn);
        Assert.Equal(10, c.Stage1ExtensionDays);
        var stage1 = c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(received, 20), stage1.DueOn);
        Assert.Equal(today, stage1.CompletedOn);
        var extension = Assert.Single(c.Extensions);
        Assert.Equal(stage1.DueOn, extension.NewDueOn);
        Assert.True(extension.ComplainantTold);
        Assert.Equal(ComplaintStatus.Responded, c.Status);
        Assert.Equal([PointOutcome.Upheld, PointOutcome.PartlyUpheld], c.Points.OrderBy(p => p.Number).Select(p => p.Outcome!.Value));
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 20), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage2Request).DueOn);
        Assert.Null(c.NextDueOn);
        Assert.Equal(["Received", "Assigned", "Acknowledged", "Extended", "Point added", "Point added", "Stage 1 response"],
            c.Events.OrderBy(e => e.Id).Select(e => e.Kind));

        var emails = app.EmailsTo(email);
        Assert.Contains(emails, e => e.Subject.StartsWith("We need more time") && e.Body.Contains(stage1.DueOn.ToString("dddd d MMMM yyyy")) && e.Body.Contains("three teams"));
        // The response says what each point was, not just its number (issue 17).
        Assert.Contains(emails, e => e.Subject.StartsWith("Our response") && e.Body.Contains("Point 2: Nobody told the family\nOur finding: Partly upheld"));
        // Every address in every email can be clicked: none is relative (issue 17).
        Assert.All(emails, e => Assert.DoesNotMatch(@"(^|\s)/complaints", e.Body));
        Assert.All(emails, e => Assert.Contains("http://", e.Body));

        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == reference && a.Action == "Viewed complaint" && a.ActorId == me.Id));
    }

    internal static async Task Act(PageClient client, long id, string action, params (string, string)[] fields)
    {
        var form = await client.GetAsync($"/staff/complaints/{id}/{action}");
        Assert.True(form.Status == HttpStatusCode.OK, $"{action}: {form.Status} {form.Location}");
        var result = await client.SubmitAsync(form.Form(), fields);
        Assert.True(result.Status == HttpStatusCode.Redirect, $"{action}: {result.Status} {string.Join("; ", result.Errors)}");
        Assert.Equal($"/staff/complaints/{id}", result.Location);
    }

    [Fact]
    public async Task AdvocacyReferral_PausesStage1_UntilAnAdvocateIsAppointed()
    {
        var (app, client, _) = await SignedInAsync(DatabaseProvider.Sqlite);
        var today = ComplaintKit.Today(app);
        var received = PreviousWorkingDay(today, 6);
        var referred = PreviousWorkingDay(today, 5);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, received, who: ComplainantType.Child);
        await Act(client, id, "advocacy", ("Step", "referred"), ("On.Day", referred.Day.ToString()), ("On.Month", referred.Month.ToString()), ("On.Year", referred.Year.ToString()));
        var paused = await ComplaintKit.LoadAsync(app, id);
        Assert.True(paused.IsPaused);
        Assert.True(paused.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response).IsPaused);

        await Act(client, id, "advocacy", ("Step", "appointed"));
        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.False(c.IsPaused);
        var pause = Assert.Single(c.Pauses);
        Assert.Equal(today, pause.ResumedOn);
        var stage1 = c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        Assert.Equal(5, stage1.PausedDays);
        Assert.Equal(new DeadlineCalculator(ComplaintKit.Calendar).Calculate(ComplaintTimescales.Statutory[ComplaintStep.Stage1Response], received,
            pauses: [new ClockPause(referred, today, PauseReason.AwaitingAdvocate)]).Due, stage1.DueOn);
    }

    [Fact]
    public async Task Stage3Panel_NeedsThreeIndependentPeople_NotTheStage2IndependentPerson()
    {
        var (app, client, _) = await SignedInAsync(DatabaseProvider.Sqlite);
        var today = ComplaintKit.Today(app);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, today.AddDays(-120));
        await using (var db = app.NewDbContext())
        {
            var c = await db.Complaints.SingleAsync(x => x.Id == id);
            c.Stage1RespondedOn = today.AddDays(-100); c.AcknowledgedOn = c.ReceivedOn; c.Stage = 2; c.Status = ComplaintStatus.Responded;
            db.ComplaintStage2.Add(new ComplaintStage2 { ComplaintId = id, RequestedOn = today.AddDays(-90), IndependentPerson = "Ivy Independent", InvestigatingOfficer = "Ian", RespondedOn = today.AddDays(-2) });
            await db.SaveChangesAsync();
        }
        var form = await client.GetAsync($"/staff/complaints/{id}/panel");
        var bad = await client.SubmitAsync(form.Form(), ("Names[0]", "Ivy Independent"), ("Notes[0]", "Checked"), ("Names[1]", "Bo"), ("Notes[1]", ""), ("Names[2]", ""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("Ivy Independent was the Stage 2 independent person and cannot sit on the panel", bad.Errors);
        Assert.Contains("Enter how panel member 2's independence was checked", bad.Errors);
        Assert.Contains("Enter the name of panel member 3", bad.Errors);
        Assert.Null((await ComplaintKit.LoadAsync(app, id)).Panel);

        await Act(client, id, "panel", ("Names[0]", "Ann"), ("Notes[0]", "Not a council officer or member"), ("Names[1]", "Bo"), ("Notes[1]", "Independent chair"),
            ("Names[2]", "Cy"), ("Notes[2]", "Lay member"));
        var done = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(3, done.Stage);
        Assert.Equal(["Ann", "Bo", "Cy"], done.PanelMembers.Select(m => m.Name).Order());
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(today, 30), done.Deadlines.Single(d => d.Step == ComplaintStep.PanelMeeting).DueOn);
    }

    [Fact]
    public async Task CorrectingADate_NeedsAManagerAndAReason_AndIsAudited()
    {
        var (app, manager, me) = await SignedInAsync(DatabaseProvider.Sqlite, Roles.ComplaintsManager);
        var today = ComplaintKit.Today(app);
        var (id, reference, _) = await ComplaintKit.CreateAsync(app, today);

        var (_, officer, _) = await SignedInAsync(DatabaseProvider.Sqlite);
        Assert.Equal($"/staff/complaints/{id}", (await officer.GetAsync($"/staff/complaints/{id}/correct")).Location);

        var form = await manager.GetAsync($"/staff/complaints/{id}/correct");
        var noReason = await manager.SubmitAsync(form.Form(), ("Field", "received"), ("CorrectOn.Day", "18"), ("CorrectOn.Month", "12"), ("CorrectOn.Year", "2025"));
        Assert.Equal(["Enter why the date is being corrected"], noReason.Errors);
        await Act(manager, id, "correct", ("Field", "received"), ("CorrectOn.Day", "18"), ("CorrectOn.Month", "12"), ("CorrectOn.Year", "2025"), ("Reason", "The letter was date-stamped on arrival"));

        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(new DateOnly(2025, 12, 18), c.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 1, 6), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response).DueOn);
        var e = c.Events.Single(x => x.Kind == "Date corrected");
        Assert.Equal("The letter was date-stamped on arrival", e.Detail);
        await using var db = app.NewDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.RecordId == reference && a.Action == "Corrected a date");
        Assert.Equal(me.Id, audit.ActorId);
        Assert.Contains("The letter was date-stamped on arrival", audit.Detail);
    }

    [Fact]
    public async Task TimelineEvents_CannotBeChangedOrDeleted()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        await using var db = app.NewDbContext();
        var e = await db.ComplaintEvents.FirstAsync(x => x.ComplaintId == id);
        e.Summary = "Rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.ComplaintEvents.Remove(await db.ComplaintEvents.FirstAsync(x => x.ComplaintId == id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task TheQueue_CountsExactlyUpToAThousand_AndSaysMoreThanThatAbove()
    {
        var (app, client, _) = await SignedInAsync(DatabaseProvider.Sqlite);
        // Finished complaints of an officer of their own, so no other test's queue changes.
        var officer = "count-" + Guid.NewGuid().ToString("N")[..8];
        var prefix = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var today = ComplaintKit.Today(app);
        async Task AddAsync(int from, int count)
        {
            await using var db = app.NewDbContext();
            db.Complaints.AddRange(Enumerable.Range(from, count).Select(i => new Complaint
            {
                Reference = $"{prefix}-{i}", Status = ComplaintStatus.Closed, ComplainantName = "Count", Service = "fostering",
                Description = "Count", ReceivedOn = today, CreatedAt = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), AssignedToId = officer, AssignedToName = "Count",
            }));
            await db.SaveChangesAsync();
        }
        var url = $"/staff/complaints?Status=finished&Officer={officer}";

        await AddAsync(0, 1000);
        var exact = await client.GetAsync(url);
        Assert.Equal("1,000 complaints", exact.Document.GetElementById("count")!.TextContent.Trim());
        Assert.Contains("Page 1 of 20", exact.Text);

        await AddAsync(1000, 1);
        var more = await client.GetAsync(url);
        Assert.Equal("More than 1,000 complaints", more.Document.GetElementById("count")!.TextContent.Trim());
        Assert.Contains("Page 1 of more than 20", more.Text);
        Assert.Equal(Voice.Web.Features.Complaints.Staff.IndexModel.PageSize, more.Document.QuerySelectorAll("#queue tbody tr").Length);
        Assert.NotNull(more.Document.QuerySelector("a[rel=next]"));
    }
}
