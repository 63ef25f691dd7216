using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using Voice.Web.Features.Complaints;

namespace Voice.Tests.Areas.Staff.Complaints;

public class RemindersAndReportTests
{
    [Theory, BothDatabases]
    public async Task Reminders_At50And80PercentAndOnTheDueDate_OnWorkingDays_EachSentOnce(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var officer = await app.CreateStaffAsync([Roles.ComplaintsOfficer]);
        // Received Thu 18 Dec 2025: Stage 1 is due Tue 6 Jan 2026 (10 working days).
        var (id, reference, _) = await ComplaintKit.CreateAsync(app, new DateOnly(2025, 12, 18));
        await using (var db = app.NewDbContext())
        {
            var c = await db.Complaints.SingleAsync(x => x.Id == id);
            c.AssignedToId = officer.Id; c.AssignedToName = "Officer"; c.AcknowledgedOn = c.ReceivedOn;
            await db.SaveChangesAsync();
            await db.ComplaintDeadlines.Where(d => d.ComplaintId == id && d.Step == ComplaintStep.Acknowledgement).ExecuteUpdateAsync(s => s.SetProperty(d => d.CompletedOn, c.ReceivedOn));
        }
        var stage1 = (await ComplaintKit.LoadAsync(app, id)).Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        Assert.Equal(new DateOnly(2026, 1, 6), stage1.DueOn);

        async Task<List<RemindersAndReportTestsSent>> Run(DateOnly day)
        {
            using var scope = app.Services.CreateScope();
            var job = scope.ServiceProvider.GetRequiredService<ComplaintRemindersJob>();
            var sent = await job.RunForAsync(scope.ServiceProvider, day, CancellationToken.None);
            return sent.Where(s => s.ComplaintId == id).Select(s => new RemindersAndReportTestsSent(s.Kind, s.To)).ToList();
        }

        Assert.Empty(await Run(stage1.HalfwayOn.AddDays(-1)));
        Assert.Equal([new("50%", officer.Email)], await Run(stage1.HalfwayOn));
        Assert.Empty(await Run(stage1.HalfwayOn));
        Assert.Empty(await Run(new DateOnly(2026, 1, 1))); // New Year's Day: not a working day
        Assert.Equal([new("80%", officer.Email)], await Run(stage1.EightyPercentOn));
        Assert.Equal([new("due", officer.Email)], await Run(stage1.DueOn));
        Assert.Empty(await Run(stage1.DueOn.AddDays(1)));

        Assert.Contains(app.EmailsTo(officer.Email), e => e.Subject == $"Due today: {reference} Stage 1 response");
        await using var check = app.NewDbContext();
        Assert.Equal(3, await check.ComplaintReminders.CountAsync(r => r.ComplaintId == id && r.SentTo == officer.Email));
    }

    [Fact]
    public async Task DailyDigest_GoesToManagersOncePerDay()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        var manager = await app.CreateStaffAsync([Roles.ComplaintsManager]);
        await app.CreateStaffAsync([Roles.ComplaintsOfficer]);
        var today = ComplaintKit.Today(app);
        var workingDay = today;
        while (!ComplaintKit.Calendar.IsWorkingDay(workingDay)) workingDay = workingDay.AddDays(1);
        var (_, reference, _) = await ComplaintKit.CreateAsync(app, today.AddDays(-60));
        using var scope = app.Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<ComplaintRemindersJob>();
        var first = await job.RunForAsync(scope.ServiceProvider, workingDay, CancellationToken.None);
        Assert.Equal([new ComplaintRemindersJob.Sent("digest", manager.Email, null)], first.Where(s => s.Kind == "digest"));
        Assert.DoesNotContain(await job.RunForAsync(scope.ServiceProvider, workingDay, CancellationToken.None), s => s.Kind == "digest");
        var digest = Assert.Single(app.EmailsTo(manager.Email), e => e.Subject.StartsWith("Overdue complaints"));
        Assert.Contains(reference, digest.Body);
    }

    [Fact]
    public async Task UnassignedComplaints_ReachTheManagersAtOnce_AndTheirWarningsGoToManagers()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        var manager = await app.CreateStaffAsync([Roles.ComplaintsManager]);
        var officer = await app.CreateStaffAsync([Roles.ComplaintsOfficer]);
        var received = new DateOnly(2026, 11, 2); // a Monday
        var (id, reference, _) = await ComplaintKit.CreateAsync(app, received);

        // At once, through the outbox, saved with the complaint.
        var alert = Assert.Single(app.EmailsTo(manager.Email));
        Assert.Equal($"New complaint {reference}", alert.Subject);
        Assert.Contains($"http://localhost:5000/staff/complaints/{id}", alert.Body);
        Assert.Empty(app.EmailsTo(officer.Email));

        // Nobody assigned: the 3-day acknowledgement's warnings go to the managers.
        var ack = (await ComplaintKit.LoadAsync(app, id)).Deadlines.Single(d => d.Step == Voice.Data.Complaints.ComplaintStep.Acknowledgement);
        using var scope = app.Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<ComplaintRemindersJob>();
        var sent = await job.RunForAsync(scope.ServiceProvider, ack.HalfwayOn, CancellationToken.None);
        Assert.Contains(new ComplaintRemindersJob.Sent("50%", manager.Email, id), sent);
        Assert.Contains(app.EmailsTo(manager.Email), e => e.Subject == $"Halfway: {reference} Acknowledgement" && e.Body.Contains("Nobody is assigned"));
        Assert.Empty(app.EmailsTo(officer.Email));
    }

    [Fact]
    public async Task UnfinishedDrafts_AreDeletedAfterAWeek()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (old, recent) = (Voice.Web.Features.Complaints.New.NewComplaintPage.NewDraft(now.AddDays(-8)), Voice.Web.Features.Complaints.New.NewComplaintPage.NewDraft(now.AddDays(-1)));
        await using (var db = app.NewDbContext())
        {
            db.ComplaintDrafts.AddRange(old, recent);
            await db.SaveChangesAsync();
        }
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ComplaintRemindersJob>().DeleteOldDraftsAsync(scope.ServiceProvider, CancellationToken.None);
        await using var check = app.NewDbContext();
        Assert.False(await check.ComplaintDrafts.AnyAsync(d => d.Id == old.Id));
        Assert.True(await check.ComplaintDrafts.AnyAsync(d => d.Id == recent.Id));
    }

    [Theory, BothDatabases]
    public async Task Report_FiguresMatchTheRecords_OnScreenAndInCsv(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsManager]));
        // 2019 belongs to this test alone.
        var a = await ComplaintKit.CreateAsync(app, new DateOnly(2019, 3, 4), who: ComplainantType.Child);          // Mon
        var b = await ComplaintKit.CreateAsync(app, new DateOnly(2019, 3, 4), service: "education");
        var c = await ComplaintKit.CreateAsync(app, new DateOnly(2019, 6, 3));
        await ComplaintKit.CreateAsync(app, new DateOnly(2020, 1, 6)); // outside the period
        await using (var db = app.NewDbContext())
        {
            var ca = await db.Complaints.Include(x => x.Deadlines).SingleAsync(x => x.Id == a.Id);
            ca.AcknowledgedOn = new DateOnly(2019, 3, 6);          // 2 working days
            ca.Stage1RespondedOn = new DateOnly(2019, 3, 15);      // 9 working days
            ca.Stage1ExtensionDays = 0;
            db.ComplaintPoints.AddRange(
                new ComplaintPoint { ComplaintId = a.Id, Number = 1, Summary = "x", Outcome = PointOutcome.Upheld, DecidedAtStage = 1 },
                new ComplaintPoint { ComplaintId = a.Id, Number = 2, Summary = "y", Outcome = PointOutcome.NotUpheld, DecidedAtStage = 1 });
            var cb = await db.Complaints.SingleAsync(x => x.Id == b.Id);
            cb.AcknowledgedOn = new DateOnly(2019, 3, 11);         // 5 working days: late
            cb.Stage1RespondedOn = new DateOnly(2019, 3, 29);      // 19 working days
            cb.Stage1ExtensionDays = 10;
            db.ComplaintExtensions.Add(new ComplaintExtension { ComplaintId = b.Id, Step = ComplaintStep.Stage1Response, WorkingDays = 10, Reason = "r", NewDueOn = new DateOnly(2019, 4, 1), ByName = "t" });
            db.ComplaintPoints.Add(new ComplaintPoint { ComplaintId = b.Id, Number = 1, Summary = "z", Outcome = PointOutcome.PartlyUpheld, DecidedAtStage = 1 });
            db.ComplaintRemedies.Add(new ComplaintRemedy { ComplaintId = b.Id, Kind = RemedyKind.Payment, Description = "p", AmountPence = 25000, AgreedOn = new DateOnly(2019, 3, 29) });
            db.ComplaintStage2.Add(new ComplaintStage2 { ComplaintId = b.Id, RequestedOn = new DateOnly(2019, 4, 8), StatementAgreedOn = new DateOnly(2019, 4, 15), RespondedOn = new DateOnly(2019, 5, 20) });
            db.ComplaintLearningActions.Add(new LearningAction { ComplaintId = b.Id, Description = "l", Owner = "o", DueOn = new DateOnly(2019, 9, 1), Status = LearningStatus.Done });
            db.ComplaintOmbudsmanReferrals.Add(new OmbudsmanReferral { ComplaintId = c.Id, ReferredOn = new DateOnly(2019, 10, 1), Outcome = "No fault", DecidedOn = new DateOnly(2019, 12, 1) });
            await db.SaveChangesAsync();
        }

        var page = await client.GetAsync("/staff/complaints/report?From=2019-01-01&to=2019-12-31");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        string Value(string section, string measure) =>
            page.Document.QuerySelectorAll($"table[data-section='{section}'] tbody tr")
                .Single(r => r.QuerySelector("th")!.TextContent == measure).QuerySelector("td")!.TextContent;
        // Every figure here is about fewer than 10 complaints, so each is hidden ("c"), on screen
        // and in the CSV.
        Assert.Equal("c", Value("Numbers by stage", "Stage 1: complaints received"));
        Assert.Equal("c", Value("Numbers by stage", "Stage 2: requests received"));
        Assert.Equal("c", Value("Who complained", "A child or young person"));
        Assert.Equal("c", Value("Timeliness", "Stage 1 average working days"));
        Assert.Equal("c", Value("Outcomes (complaint points)", "Payments (£)"));
        // Even a zero is hidden when the figure it is part of is hidden.
        Assert.Equal("c", Value("Timeliness", "Stage 2 within 25 working days of the request"));

        var csv = await client.Http.GetAsync(page.Document.GetElementById("csv")!.GetAttribute("href"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,measure,value,from,to", lines[0]);
        Assert.Contains("\"Timeliness\",\"Stage 1 average working days\",c,2019-01-01,2019-12-31", lines);
        Assert.Contains("\"Numbers by stage\",\"Stage 1: complaints received\",c,2019-01-01,2019-12-31", lines);

        var bad = await client.GetAsync("/staff/complaints/report?From=2019-13-01&to=2019-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);

        // The period is two GOV.UK date inputs (months may be names), not free-text yyyy-mm-dd.
        Assert.NotNull(page.Document.GetElementById("Start"));
        Assert.NotNull(page.Document.GetElementById("End-year"));
        Assert.DoesNotContain("yyyy-mm-dd", page.Text);
        var byParts = await client.GetAsync("/staff/complaints/report?Start.Day=1&Start.Month=Jan&Start.Year=2019&End.Day=31&End.Month=December&End.Year=2019");
        Assert.Equal(HttpStatusCode.OK, byParts.Status);
        Assert.EndsWith("from=2019-01-01&to=2019-12-31", byParts.Document.GetElementById("csv")!.GetAttribute("href"));
        var badParts = await client.GetAsync("/staff/complaints/report?Start.Day=31&Start.Month=Feb&Start.Year=2019&End.Day=1&End.Month=3&End.Year=2019");
        Assert.Equal(HttpStatusCode.BadRequest, badParts.Status);
        Assert.Equal("Start date must be a real date", badParts.FieldError("Start"));
    }
}

public record RemindersAndReportTestsSent(string Kind, string To);
