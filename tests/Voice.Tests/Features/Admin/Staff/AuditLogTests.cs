using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Admin;

public class AuditLogTests
{
    [Theory, BothDatabases]
    public async Task Administrators_SearchByPersonActionAndDate_APageAtATime(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var someone = await app.CreateStaffAsync([Roles.ComplaintsOfficer]);
        var action = "Test action " + Guid.NewGuid().ToString("N")[..8];
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = app.NewDbContext())
        {
            for (var i = 0; i < 60; i++)
                db.AuditEntries.Add(new AuditEntry { At = now, ActorId = someone.Id, ActorName = "Someone", Action = action, RecordType = "Thing", RecordId = i.ToString() });
            db.AuditEntries.Add(new AuditEntry { At = now.AddDays(-40), ActorId = someone.Id, ActorName = "Someone", Action = action + " long ago", RecordType = "Thing", RecordId = "old" });
            db.AuditEntries.Add(new AuditEntry { At = now, ActorId = null, ActorName = "system", Action = action, RecordType = "Thing", RecordId = "system" });
            await db.SaveChangesAsync();
        }
        var today = Voice.Data.Calendar.UkClock.DateOf(now);
        string Query(DateOnly from) => $"/staff/admin/audit?Person={Uri.EscapeDataString(someone.Email)}&Action={Uri.EscapeDataString(action)}" +
            $"&From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}";

        var first = await admin.GetAsync(Query(today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var rows = first.Document.QuerySelectorAll("#entries tbody tr");
        Assert.Equal(AuditSearch.PageSize, rows.Length);
        Assert.Contains("Thing 59", rows[0].TextContent); // newest first
        var older = await admin.GetAsync(first.Document.GetElementById("older")!.GetAttribute("href")!);
        var rest = older.Document.QuerySelectorAll("#entries tbody tr");
        Assert.Equal(10, rest.Length);
        Assert.Contains("Thing 0", rest[^1].TextContent);
        Assert.Null(older.Document.GetElementById("older"));
        Assert.DoesNotContain("Thing system", first.Text + older.Text);

        // The entry from 40 days ago appears only when the dates reach back to it.
        Assert.Contains("Thing old", (await admin.GetAsync(Query(today.AddDays(-50)) + "&Before=999999999999")).Text);
        Assert.DoesNotContain("Thing old", first.Text);

        var unknown = await admin.GetAsync("/staff/admin/audit?Person=nobody%40northfield.example");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(["There is no account with that email address"], unknown.Errors);
        var badDate = await admin.GetAsync("/staff/admin/audit?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.Status);
        Assert.StartsWith("Error: ", badDate.Title);
    }

    [Theory]
    [InlineData(Roles.ComplaintsManager)]
    [InlineData(Roles.SafeguardingDuty)]
    [InlineData(Roles.QaAnalyst)]
    public async Task OtherStaff_AreRefused(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        var page = await client.GetAsync("/staff/admin/audit");
        Assert.StartsWith("/account/access-denied", page.Location);
        Assert.StartsWith("/account/sign-in", (await PageClient.For(app).GetAsync("/staff/admin/audit")).Location);
    }

    [Fact]
    public async Task ViewsOfTheQueues_AndExports_AreAudited()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var complaints = await app.CreateStaffAsync([Roles.ComplaintsManager]);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var officer = PageClient.For(app);
        await officer.SignInAsync(complaints);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/staff/complaints?Status=all")).Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync("/staff/complaints/report/csv?From=2019-01-01&to=2019-12-31")).StatusCode);
        var safeguarding = PageClient.For(app);
        await safeguarding.SignInAsync(duty);
        Assert.Equal(HttpStatusCode.OK, (await safeguarding.GetAsync("/staff/safeguarding")).Status);

        await using var db = app.NewDbContext();
        var queue = await db.AuditEntries.SingleAsync(a => a.ActorId == complaints.Id && a.Action == "Viewed the complaints queue");
        Assert.Contains("Status=all", queue.Detail);
        var export = await db.AuditEntries.SingleAsync(a => a.ActorId == complaints.Id && a.Action == "Exported the complaints report (CSV)");
        Assert.Equal("2019-01-01 to 2019-12-31", export.Detail);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ActorId == duty.Id && a.Action == "Viewed the safeguarding list"));
    }
}
