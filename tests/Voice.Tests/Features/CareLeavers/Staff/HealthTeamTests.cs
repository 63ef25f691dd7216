using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Tests.Pages.CareLeavers;
using Voice.Tests.Support;
using Voice.Web.Features.CareLeavers;

namespace Voice.Tests.Areas.Staff.CareLeavers;

public class HealthTeamTests
{
    static async Task<HealthHistoryRequest> Seed(VoiceApplication app, DateTime receivedAt, HealthHistoryStatus status = HealthHistoryStatus.Received)
    {
        await using var db = app.NewDbContext();
        var r = new HealthHistoryRequest
        {
            Reference = HealthHistoryRules.NewReference(), CodeHash = HealthHistoryRules.HashCode("AAAA-AAAA"), FullName = "Sam <i>Seed</i>",
            DateOfBirth = new DateOnly(2004, 1, 2), ContactBy = ContactMethod.Email, Email = "sam@northfield.example", WhatTheyWant = "Everything",
            ReceiveBy = ReceiveMethod.Post, Address = "1 Road", Status = status, ReceivedAt = receivedAt, UpdatedAt = receivedAt, DueOn = HealthHistoryRules.DueOn(receivedAt, Voice.Tests.Complaints.ComplaintKit.Calendar),
        };
        db.HealthHistoryRequests.Add(r);
        await db.SaveChangesAsync();
        return r;
    }

    [Theory, BothDatabases]
    public async Task HealthTeam_SeesTheQueue_WithOverdueMarked_AndReadsAreAudited(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var overdue = await Seed(app, now.AddMonths(-2));
        var fresh = await Seed(app, now);
        var done = await Seed(app, now.AddMonths(-3), HealthHistoryStatus.Sent);
        var nurse = await app.CreateStaffAsync([Roles.HealthTeam]);
        var client = PageClient.For(app);
        await client.SignInAsync(nurse);

        var list = await client.GetAsync("/staff/care-leavers/health-history");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var rows = list.Document.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(overdue.Reference) && r.Contains("Overdue"));
        Assert.Contains(rows, r => r.Contains(fresh.Reference) && !r.Contains("Overdue"));
        Assert.DoesNotContain(rows, r => r.Contains(done.Reference));
        Assert.Contains("Sam <i>Seed</i>", list.Text);
        var all = await client.GetAsync("/staff/care-leavers/health-history?show=all");
        Assert.Contains(done.Reference, all.Text);

        var details = await client.GetAsync($"/staff/care-leavers/health-history/{overdue.Id}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Contains("Everything", details.Text);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == overdue.Reference && a.Action == "Viewed health history request" && a.ActorId == nurse.Id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Viewed health history requests" && a.ActorId == nurse.Id));
    }

    [Theory, BothDatabases]
    public async Task HealthTeam_UpdatesStatus_AndAddsANote(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var request = await Seed(app, app.Clock.GetUtcNow().UtcDateTime);
        var nurse = await app.CreateStaffAsync([Roles.HealthTeam]);
        var client = PageClient.For(app);
        await client.SignInAsync(nurse);
        var details = await client.GetAsync($"/staff/care-leavers/health-history/{request.Id}");

        var bad = await client.SubmitAsync(details.Form(), ("Status", "Nonsense"));
        Assert.Equal(["Select a status"], bad.Errors);

        var saved = await client.SubmitAsync(details.Form(), ("Status", "Sent"), ("Note", "Posted recorded <delivery>"));
        Assert.Equal($"/staff/care-leavers/health-history/{request.Id}", saved.Location);
        var after = await client.GetAsync(saved.Location!);
        Assert.Contains($"Request {request.Reference} updated", after.Text);
        Assert.Contains("Posted recorded <delivery>", after.Text);

        await using var db = app.NewDbContext();
        var row = await db.HealthHistoryRequests.Include(r => r.Notes).SingleAsync(r => r.Id == request.Id);
        Assert.Equal(HealthHistoryStatus.Sent, row.Status);
        Assert.NotNull(row.CompletedAt);
        Assert.Equal(nurse.Id, Assert.Single(row.Notes).AuthorId);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == request.Reference && a.Action == "Updated health history request"));
    }

    [Theory, BothDatabases]
    public async Task Practitioner_CannotOpenTheHealthTeamsQueue(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var request = await Seed(app, app.Clock.GetUtcNow().UtcDateTime);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        await client.SignInAsync(practitioner);
        foreach (var url in new[] { "/staff/care-leavers/health-history", $"/staff/care-leavers/health-history/{request.Id}", "/staff/content" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/account/access-denied", page.Location);
        }
        var anonymous = await PageClient.For(app).GetAsync("/staff/care-leavers/health-history");
        Assert.StartsWith("/account/sign-in", anonymous.Location);
    }

    [Theory, BothDatabases]
    public async Task ReminderJob_EmailsTheTeam_OncePerDay_AboutOverdueAndDueSoon(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var overdue = await Seed(app, now.AddMonths(-2));
        var soon = await Seed(app, now.AddMonths(-1).AddDays(3));
        var later = await Seed(app, now);
        var nurse = await app.CreateStaffAsync([Roles.HealthTeam]);

        var job = app.Services.GetServices<Voice.Web.Infrastructure.Jobs.IBackgroundJob>().OfType<HealthHistoryReminderJob>().Single();
        using (var scope = app.Services.CreateScope()) await job.RunAsync(scope.ServiceProvider, default);
        var email = Assert.Single(app.EmailsTo(nurse.Email));
        Assert.Equal("1 health history request is overdue", email.Subject);
        Assert.Contains(overdue.Reference, email.Body);
        Assert.Contains(soon.Reference, email.Body);
        Assert.DoesNotContain(later.Reference, email.Body);

        using (var scope = app.Services.CreateScope()) await job.RunAsync(scope.ServiceProvider, default);
        Assert.Single(app.EmailsTo(nurse.Email));
        app.Clock.Advance(TimeSpan.FromDays(1));
        using (var scope = app.Services.CreateScope()) await job.RunAsync(scope.ServiceProvider, default);
        Assert.Equal(2, app.EmailsTo(nurse.Email).Count);
    }
}

public class ContentUpkeepTests
{
    [Fact]
    public async Task ContentEditor_SeesEveryPage_PastReviewFlags_AndLinkChecks()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var editor = await app.CreateStaffAsync([Roles.ContentEditor]);
        var client = PageClient.For(app);
        await client.SignInAsync(editor);
        var page = await client.GetAsync("/staff/content");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll(".voice-content-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.True(rows.Count >= 26);
        Assert.Contains(rows, r => r.Contains("Leaving custody") && r.Contains("Past review date"));
        Assert.Contains(rows, r => r.Contains("Your health history") && !r.Contains("Past review date") && r.Contains("work"));
        Assert.Contains("Problems found when the content loaded", page.Text);

        var home = await client.GetAsync("/staff");
        Assert.NotNull(home.Document.QuerySelector("a[href='/staff/content']"));
        Assert.Null(home.Document.QuerySelector("a[href='/staff/care-leavers/health-history']"));
    }

    [Fact]
    public async Task BadFrontMatter_StopsStartUp_NamingFileAndField()
    {
        var folder = Directory.CreateTempSubdirectory("voice-bad-content-").FullName;
        try
        {
            CopyDirectory(TestPaths.Content, folder);
            var file = Path.Combine(folder, "local-offer", "money", "council-tax.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("ages: ", "ages: about "));
            var e = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:ContentPath"] = folder });
            });
            var offerError = e as LocalOfferException ?? e.InnerException as LocalOfferException ?? (e as AggregateException)?.InnerExceptions.OfType<LocalOfferException>().FirstOrDefault();
            Assert.NotNull(offerError);
            Assert.Contains("money/council-tax.md (ages)", offerError.Message);
        }
        finally { Directory.Delete(folder, true); }
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(f, f.Replace(from, to));
    }
}
