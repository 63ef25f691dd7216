using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using Voice.Web.Features.Safeguarding;

namespace Voice.Tests.Areas.Staff.Safeguarding;

/// <summary>
/// Escalation of overdue flags, the sample review queue and staff examples, each on its own app
/// with the clock moved.
/// </summary>
public class SafeguardingJobsTests
{
    static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    static async Task<SafeguardingFlag> RaiseAsync(VoiceApplication app, string record, string text)
    {
        using var scope = app.Services.CreateScope();
        var intake = scope.ServiceProvider.GetRequiredService<SafeguardingIntake>();
        await intake.ScreenAsync(FreeText.ForInspection(record, $"Audit {record}", "finding-1", "Finding 1", text), CancellationToken.None);
        await using var db = app.NewDbContext();
        return await db.SafeguardingFlags.SingleAsync(f => f.SourceRecord == record);
    }

    static async Task<int> EscalateAsync(VoiceApplication app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SafeguardingEscalationJob>().RunForAsync(scope.ServiceProvider, CancellationToken.None);
    }

    [Theory, BothDatabases]
    public async Task AnUndecidedFlag_GoesToTheDutyManagerAtItsDeadline_ThenEachWorkingHour_UntilDecided(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Set(Utc(11, 25, 10));                                     // Wednesday 10:00
        var manager = await app.CreateStaffAsync([Roles.SafeguardingManager]);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var flag = await RaiseAsync(app, "audit-1", "my foster carer hits me with a belt");
        Assert.Equal(Utc(11, 25, 17).UtcDateTime, flag.DueAt);

        Assert.Equal(0, await EscalateAsync(app));                          // not due yet
        Assert.Empty(app.EmailsTo(manager.Email));

        app.Clock.Set(Utc(11, 25, 17, 5));                                  // deadline passed
        Assert.Equal(1, await EscalateAsync(app));
        var told = Assert.Single(app.EmailsTo(manager.Email));
        Assert.Contains("Audit audit-1", told.Body);
        Assert.DoesNotContain("belt", told.Body);
        Assert.DoesNotContain(app.EmailsTo(duty.Email), e => e.Subject.StartsWith("Overdue"));

        app.Clock.Set(Utc(11, 25, 19));                                     // evening: not a working hour
        Assert.Equal(0, await EscalateAsync(app));
        app.Clock.Set(Utc(11, 26, 9));                                      // next working morning
        Assert.Equal(1, await EscalateAsync(app));
        app.Clock.Set(Utc(11, 26, 9, 30));
        Assert.Equal(0, await EscalateAsync(app));
        app.Clock.Set(Utc(11, 26, 10));
        Assert.Equal(1, await EscalateAsync(app));
        Assert.Equal(3, app.EmailsTo(manager.Email).Count);

        // The queue shows overdue flags first, even before a more urgent one that is not yet due.
        await RaiseAsync(app, "audit-2", "I want to kill myself");
        var client = PageClient.For(app);
        await client.SignInAsync(duty);
        var queue = await client.GetAsync("/staff/safeguarding");
        var rows = queue.Document.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-record")).ToList();
        Assert.Equal(["inspection/audit-1", "inspection/audit-2"], rows);
        Assert.Contains("Overdue", queue.Document.QuerySelectorAll("tbody tr")[0].TextContent);
        Assert.Contains("Duty manager told 3 times", queue.Document.QuerySelectorAll("tbody tr")[0].TextContent);

        var record = await client.GetAsync("/staff/safeguarding/record/inspection/audit-1");
        await client.SubmitAsync(record.Form("main form"), ("Decision", nameof(FlagDecision.NoConcern)), ("Note", "Checked with the participation officer"));
        app.Clock.Set(Utc(11, 26, 11));
        Assert.Equal(0, await EscalateAsync(app));
        Assert.Equal(3, app.EmailsTo(manager.Email).Count);
    }

    [Fact]
    public async Task WithNoDutyManager_TheAdministratorsAreTold()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        app.Clock.Set(Utc(11, 25, 10));
        var admin = await app.CreateStaffAsync([Roles.Administrator]);
        await RaiseAsync(app, "audit-9", "nobody notices when i dont come home for days");
        app.Clock.Set(Utc(11, 25, 17, 1));
        Assert.Equal(1, await EscalateAsync(app));
        Assert.Single(app.EmailsTo(admin.Email));
    }

    [Fact]
    public async Task UnflaggedText_IsSampled_AndAMissedDisclosureBecomesAFlagAndAnExample()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:Safeguarding:SampleRate"] = "1" });
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        // "bruise" is an ambiguous phrase the meaning does not confirm here: it matches, and does not flag.
        var complaint = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app), description: "The review meeting was moved three times and nobody told us the new date. I got a bruise on my knee at netball while we waited.");

        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.SafeguardingFlags.AnyAsync(f => f.SourceLabel == $"Complaint {complaint.Reference}"));
            var sample = await db.SafeguardingSamples.SingleAsync(s => s.SourceLabel == $"Complaint {complaint.Reference}");
            Assert.Contains("review meeting was moved", sample.Text);
        }

        var client = PageClient.For(app);
        await client.SignInAsync(duty);
        var list = await client.GetAsync("/staff/safeguarding/samples");
        var link = list.Document.QuerySelectorAll("main li a").Single(a => a.TextContent.Contains(complaint.Reference));
        var page = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Contains("nobody told us the new date", page.Text);
        var missing = await client.SubmitAsync(page.Form("main form"), ("Outcome", nameof(SampleOutcome.Missed)));
        Assert.Equal(["Select what kind of harm it suggests"], missing.Errors);
        var saved = await client.SubmitAsync(page.Form("main form"), ("Outcome", nameof(SampleOutcome.Missed)), ("Harm", "neglect"), ("Note", "Read with the rest of the file"));
        Assert.Equal("/staff/safeguarding/samples", saved.Location);

        await using (var db = app.NewDbContext())
        {
            var flag = await db.SafeguardingFlags.SingleAsync(f => f.SourceLabel == $"Complaint {complaint.Reference}");
            // A person found it, not the phrase list (its unconfirmed match did not flag it).
            Assert.Equal(("person", "person"), (flag.Signal, flag.RuleId));
            Assert.Contains("random sample", flag.Why);
            var example = await db.SafeguardingExamples.SingleAsync();
            Assert.Equal(("flag", "neglect"), (example.Label, example.Harm));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Read a safeguarding sample: Missed"));
        }
        Assert.Single(app.EmailsTo(duty.Email), e => e.Subject.Contains(complaint.Reference));
    }

    [Fact]
    public async Task AnExampleAddedByStaff_IsAudited_AndTheRetrainJobLearnsIt()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var client = PageClient.For(app);
        await client.SignInAsync(duty);
        var page = await client.GetAsync("/staff/safeguarding/examples");
        var empty = await client.SubmitAsync(page.Form("main form"));
        Assert.Equal(["Select whether a person must read text like this", "Select the kind of harm it is about, or would be mistaken for", "Enter the example, in the words a child or young person would use"], empty.Errors);
        var added = await client.SubmitAsync(page.Form("main form"), ("Label", "flag"), ("Harm", "county-lines"), ("Text", "they keep sending me to the seaside with a rucksack i am not allowed to open"));
        Assert.Equal("/staff/safeguarding/examples", added.Location);
        Assert.Contains("they keep sending me to the seaside", (await client.GetAsync("/staff/safeguarding/examples")).Text);

        await using (var db = app.NewDbContext())
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Added a safeguarding example (flag)" && a.Detail!.Contains("rucksack")));

        var screen = app.Services.GetRequiredService<SafeguardingScreen>();
        var before = screen.Semantic!.Current.ExampleCount;
        var job = app.Services.GetRequiredService<SafeguardingRetrainJob>();
        using (var scope = app.Services.CreateScope())
            Assert.True(await job.RunForAsync(scope.ServiceProvider, CancellationToken.None));
        Assert.Equal(before + 1, screen.Semantic.Current.ExampleCount);
        using (var scope = app.Services.CreateScope())
            Assert.False(await job.RunForAsync(scope.ServiceProvider, CancellationToken.None));
    }
}
