using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Views;

public class SafeguardingTriageTests
{
    [Theory, BothDatabases]
    public async Task AFlag_IsSeenInTheQueue_EveryViewIsAudited_AndADecisionClosesIt(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");
        await ViewsTestData.SendAsync(app, code, shareWithSocialWorker: null, text: "I want to kill myself");

        var client = PageClient.For(app);
        await client.SignInAsync(duty);
        var queue = await client.GetAsync("/staff/safeguarding");
        var link = queue.Document.QuerySelectorAll("tbody a").First(a => a.TextContent == $"Case {invitation.CaseReference}");
        var recordPage = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Contains("I want to kill myself", recordPage.Text);

        var missing = await client.SubmitAsync(recordPage.Form("main form"));
        Assert.Equal(["Select what you decided", "Enter the reason for your decision"], missing.Errors);
        var decided = await client.SubmitAsync(recordPage.Form("main form"), ("Decision", nameof(FlagDecision.Referred)), ("Note", "Spoke to the IRO; referral made"));
        Assert.Equal("/staff/safeguarding", decided.Location);

        await using var db = app.NewDbContext();
        var flags = await db.SafeguardingFlags.Where(f => f.SourceLabel == $"Case {invitation.CaseReference}").ToListAsync();
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Equal(FlagDecision.Referred, f.Decision));
        var record = $"view/{flags[0].SourceRecord}";
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == record && a.Action == "Viewed a safeguarding record"));
        var ids = flags.Select(f => f.Id.ToString()).ToList();
        Assert.True(await db.AuditEntries.AnyAsync(a => ids.Contains(a.RecordId!) && a.Action.StartsWith("Decided a safeguarding flag")));
        var after = await client.GetAsync("/staff/safeguarding");
        Assert.DoesNotContain(after.Document.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == link.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.QaAnalyst)]
    public async Task OtherRoles_CannotOpenTheQueue(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/staff/safeguarding")).Location);
    }

    [Fact]
    public void DueBy_IsFivePmTheSameWorkingDay_OrTheNextWorkingDay()
    {
        static bool Working(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        static DateOnly Next(DateOnly d) { do d = d.AddDays(1); while (!Working(d)); return d; }
        // Wednesday 25 November 2026, 10:00 UTC (GMT) → 17:00 that day.
        Assert.Equal(new DateTime(2026, 11, 25, 17, 0, 0, DateTimeKind.Utc), Voice.Web.Features.Views.AnswerWriter.DueBy(new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc), Working, Next));
        // Friday at 18:00 → Monday 17:00.
        Assert.Equal(new DateTime(2026, 11, 30, 17, 0, 0, DateTimeKind.Utc), Voice.Web.Features.Views.AnswerWriter.DueBy(new DateTime(2026, 11, 27, 18, 0, 0, DateTimeKind.Utc), Working, Next));
        // Summer time: 1 July 2026 09:00 BST (08:00 UTC) → 17:00 BST = 16:00 UTC.
        Assert.Equal(new DateTime(2026, 7, 1, 16, 0, 0, DateTimeKind.Utc), Voice.Web.Features.Views.AnswerWriter.DueBy(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), Working, Next));
    }
}
