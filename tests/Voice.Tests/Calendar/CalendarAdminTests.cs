using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Calendar;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Calendar;

/// <summary>Changing the calendar changes every deadline, so these tests have an app of their own.</summary>
public class CalendarAdminTests
{
    [Fact]
    public async Task AddingAOneOffDay_IsAudited_MakesANewVersion_AndMovesOpenDeadlines_UndoPutsItBack()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        var admin = PageClient.For(app);
        var me = await app.CreateStaffAsync([Roles.Administrator]);
        await admin.SignInAsync(me);
        var today = ComplaintKit.Today(app);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, today);
        var before = (await ComplaintKit.LoadAsync(app, id)).Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        var oneOff = ComplaintKit.Calendar.NextWorkingDay(today);

        var page = await admin.GetAsync("/staff/admin/calendar");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var oldVersion = page.Document.GetElementById("calendar-version")!.TextContent;
        Assert.Equal(ComplaintKit.Calendar.Version, oldVersion);

        var weekend = await admin.SubmitAsync(page.Form("main form[action='/staff/admin/calendar']"), ("Kind", "Added"), ("Date.Day", "19"), ("Date.Month", "9"), ("Date.Year", "2026"), ("Title", ""));
        Assert.Equal(HttpStatusCode.BadRequest, weekend.Status);
        Assert.Equal(["Enter the name of the bank holiday, or why it is removed"], weekend.Errors);
        var already = await admin.SubmitAsync(page.Form("main form[action='/staff/admin/calendar']"), ("Kind", "Added"), ("Date.Day", "25"), ("Date.Month", "12"), ("Date.Year", "2026"), ("Title", "Again"));
        Assert.Equal(["25 December 2026 is already a bank holiday (Christmas Day)"], already.Errors);

        var added = await admin.SubmitAsync(page.Form("main form[action='/staff/admin/calendar']"), ("Kind", "Added"),
            ("Date.Day", oneOff.Day.ToString()), ("Date.Month", oneOff.Month.ToString()), ("Date.Year", oneOff.Year.ToString()), ("Title", "State funeral <b>test</b>"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        page = await admin.FollowAsync(added);
        var newVersion = page.Document.GetElementById("calendar-version")!.TextContent;
        Assert.NotEqual(oldVersion, newVersion);
        Assert.Contains("State funeral <b>test</b>", page.Document.GetElementById("adjustments")!.TextContent);
        Assert.Contains("Due dates moved on 1 complaint", page.Text);

        var after = (await ComplaintKit.LoadAsync(app, id)).Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        Assert.Equal(ComplaintKit.Calendar.NextWorkingDay(before.DueOn), after.DueOn);
        Assert.Equal(newVersion, after.CalendarVersion);
        await using (var db = app.NewDbContext())
        {
            var version = await db.CalendarVersions.OrderBy(v => v.Id).LastAsync();
            Assert.Equal(newVersion, version.Version);
            // The version can be rebuilt from what it stored.
            var stored = JsonSerializer.Deserialize<List<JsonElement>>(version.AdjustmentsJson)!;
            var rebuilt = new WorkingDayCalendar(BankHolidayData.Load(Path.Combine(TestPaths.Content, "calendar", "england-and-wales.json")),
                stored.Select(e => new CalendarAdjustment(DateOnly.Parse(e.GetProperty("date").GetString()!), Enum.Parse<AdjustmentKind>(e.GetProperty("kind").GetString()!), e.GetProperty("title").GetString()!)));
            Assert.Equal(newVersion, rebuilt.Version);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordType == "Calendar" && a.ActorId == me.Id && a.Action.StartsWith("Added bank holiday")));
        }
        var api = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/calendar/working-days?from={today:yyyy-MM-dd}&add=1"));
        Assert.Equal(newVersion, api.RootElement.GetProperty("calendarVersion").GetString());

        var undone = await admin.SubmitAsync(page.Form("#adjustments form"));
        Assert.Equal(HttpStatusCode.Redirect, undone.Status);
        var back = (await ComplaintKit.LoadAsync(app, id)).Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response);
        Assert.Equal(before.DueOn, back.DueOn);
        Assert.Equal(oldVersion, back.CalendarVersion);
    }

    [Fact]
    public async Task OnlyAdministrators_CanChangeTheCalendar()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsManager]));
        var page = await client.GetAsync("/staff/admin/calendar");
        Assert.StartsWith("/account/access-denied", page.Location);
    }
}
