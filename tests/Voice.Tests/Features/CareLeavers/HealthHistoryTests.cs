using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.CareLeavers;

public class HealthHistoryTests
{
    public static (string, string)[] ValidForm(string email) =>
    [
        ("FullName", "Jordan <b>Example</b>"), ("DateOfBirth.Day", "4"), ("DateOfBirth.Month", "5"), ("DateOfBirth.Year", "2005"),
        ("ContactBy", "Email"), ("Email", email), ("WhatTheyWant", "My immunisations and birth details"), ("ReceiveBy", "Email"),
    ];

    public static async Task<(string Reference, string Code)> RequestAsync(PageClient client, string email, params (string Name, string Value)[] overrides)
    {
        var form = await client.GetAsync("/care-leavers/health-history");
        var sent = await client.SubmitAsync(form.Form(), [.. ValidForm(email).Where(f => !overrides.Any(o => o.Name == f.Item1)), .. overrides]);
        Assert.Equal("/care-leavers/health-history/sent", sent.Location);
        var page = await client.GetAsync(sent.Location!);
        return (page.Document.QuerySelector("[data-testid=reference]")!.TextContent, page.Document.QuerySelector("[data-testid=code]")!.TextContent);
    }

    [Theory, BothDatabases]
    public async Task Request_IsSaved_WithAHashedCode_AndEmailsBothSides(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var nurse = await app.CreateStaffAsync([Roles.HealthTeam]);
        var client = PageClient.For(app);
        var email = $"young-{Guid.NewGuid():N}@northfield.example";
        var (reference, code) = await RequestAsync(client, email);
        Assert.Matches("^HH-[A-Z2-9]{6}$", reference);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);

        await using var db = app.NewDbContext();
        var saved = await db.HealthHistoryRequests.SingleAsync(r => r.Reference == reference);
        Assert.Equal("Jordan <b>Example</b>", saved.FullName);
        Assert.DoesNotContain(code, saved.CodeHash);
        Assert.True(HealthHistoryRules.CodeMatches(code, saved.CodeHash));
        Assert.Equal(HealthHistoryStatus.Received, saved.Status);
        Assert.Equal(HealthHistoryRules.DueOn(saved.ReceivedAt, Voice.Tests.Complaints.ComplaintKit.Calendar), saved.DueOn);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == reference && a.Action == "Health history requested"));

        var toYoungPerson = Assert.Single(app.EmailsTo(email));
        Assert.Contains(reference, toYoungPerson.Body);
        Assert.DoesNotContain(code, toYoungPerson.Body);
        // The health team hears of every request, so other tests' requests reach this nurse too: one email is about this one.
        Assert.Single(app.EmailsTo(nurse.Email), e => e.Subject.Contains(reference));

        // The code is shown once.
        var again = await client.GetAsync("/care-leavers/health-history/sent");
        Assert.Equal("/care-leavers/health-history/status", again.Location);
    }

    [Fact]
    public async Task EmptyForm_ShowsEveryError()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var form = await client.GetAsync("/care-leavers/health-history");
        var result = await client.SubmitAsync(form.Form());
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        // In the form's order: date of birth was once listed last.
        Assert.Equal(["Enter your full name", "Enter date of birth", "Select how we should contact you", "Enter what you would like from your health history", "Select how you would like to get your health history"],
            result.Errors);
    }

    [Fact]
    public async Task SomeoneOver25_IsAccepted_AndToldWhatStillApplies()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var form = await client.GetAsync("/care-leavers/health-history");
        var fields = ValidForm($"older-{Guid.NewGuid():N}@northfield.example").Where(f => f.Item1 != "DateOfBirth.Year").Append(("DateOfBirth.Year", "1990")).ToArray();
        var sent = await client.FollowAsync(await client.SubmitAsync(form.Form(), fields));
        var notice = sent.Document.QuerySelector("[data-testid=over-25]");
        Assert.NotNull(notice);
        Assert.Contains("25 or over", notice.TextContent);
        Assert.Contains("at any age", notice.TextContent);

        var younger = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var again = await younger.GetAsync("/care-leavers/health-history");
        var sentYounger = await younger.FollowAsync(await younger.SubmitAsync(again.Form(), ValidForm($"young-{Guid.NewGuid():N}@northfield.example")));
        Assert.Equal("Request sent", sentYounger.Document.QuerySelector("h1")!.TextContent);
        Assert.Null(sentYounger.Document.QuerySelector("[data-testid=over-25]"));
    }

    [Fact]
    public async Task ContactDetails_MustMatchTheChoice_AndUnder16IsExplained()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var form = await client.GetAsync("/care-leavers/health-history");
        var fields = ValidForm("").Where(f => f.Item1 is not ("DateOfBirth.Year" or "ContactBy" or "ReceiveBy" or "WhatTheyWant")).ToList();
        fields.AddRange([("DateOfBirth.Year", (TimeProvider.System.GetUtcNow().Year - 10).ToString()), ("ContactBy", "Phone"), ("ReceiveBy", "Post"), ("WhatTheyWant", new string('x', 2001))]);
        var result = await client.SubmitAsync(form.Form(), fields.ToArray());
        Assert.Contains("Enter your phone number", result.Errors);
        Assert.Contains("Enter your address", result.Errors);
        Assert.Contains("What you would like must be 2000 characters or fewer", result.Errors);
        Assert.Contains(result.Errors, e => e.StartsWith("You must be 16 or over"));
    }

    [Theory, BothDatabases]
    public async Task Status_WithTheRightCode_ShowsTheRequest_AndWrongDetailsGetOneMessage(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        var (reference, code) = await RequestAsync(client, $"s-{Guid.NewGuid():N}@northfield.example");
        var page = await client.GetAsync("/care-leavers/health-history/status");

        var found = await client.SubmitAsync(page.Form(), ("Reference", reference.ToLowerInvariant()), ("Code", code.Replace("-", " ")));
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Contains("We have your request", found.Text);
        Assert.Contains(reference, found.Text);
        Assert.DoesNotContain("Jordan", found.Text);

        var wrongCode = await client.SubmitAsync(page.Form(), ("Reference", reference), ("Code", "AAAA-BBBB"));
        var wrongReference = await client.SubmitAsync(page.Form(), ("Reference", "HH-ZZZZZZ"), ("Code", code));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.Status);
        Assert.Equal(["The reference or private code is not right. Check them and try again"], wrongCode.Errors);
        Assert.Equal(wrongCode.Errors, wrongReference.Errors);
    }

    [Fact]
    public async Task Status_IsRateLimited()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:Limits:PublicPostsPerMinute"] = "15" });
        var client = PageClient.For(app);
        var page = await client.GetAsync("/care-leavers/health-history/status");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await client.SubmitAsync(page.Form(), ("Reference", "HH-AAAAAA"), ("Code", "AAAA-AAAA"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public void DueDate_IsOneCalendarMonth_InEngland()
    {
        var calendar = Voice.Tests.Complaints.ComplaintKit.Calendar;
        Assert.Equal(new DateOnly(2026, 12, 21), HealthHistoryRules.DueOn(new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc), calendar));
        // 31 January 2028: 29 February 2028 is a Tuesday.
        Assert.Equal(new DateOnly(2028, 2, 29), HealthHistoryRules.DueOn(new DateTime(2028, 1, 31, 12, 0, 0, DateTimeKind.Utc), calendar));
        // 23:30 UTC on 31 May is 00:30 on 1 June in England (summer time).
        Assert.Equal(new DateOnly(2026, 7, 1), HealthHistoryRules.DueOn(new DateTime(2026, 5, 31, 23, 30, 0, DateTimeKind.Utc), calendar));
    }

    [Fact]
    public void DueDate_FallsOnAWorkingDay()
    {
        var calendar = Voice.Tests.Complaints.ComplaintKit.Calendar;
        // 25 November 2026: a month later is Christmas Day (Friday), then the weekend, then Boxing Day's substitute (Monday 28th).
        Assert.Equal(new DateOnly(2026, 12, 29), HealthHistoryRules.DueOn(new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc), calendar));
        // 31 January 2027: 28 February 2027 is a Sunday.
        Assert.Equal(new DateOnly(2027, 3, 1), HealthHistoryRules.DueOn(new DateTime(2027, 1, 31, 12, 0, 0, DateTimeKind.Utc), calendar));
        for (var day = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc); day < new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc); day = day.AddDays(1))
            Assert.True(calendar.IsWorkingDay(HealthHistoryRules.DueOn(day, calendar)), day.ToString("d MMM"));
    }

    [Fact]
    public void OverdueRules()
    {
        Assert.True(HealthHistoryRules.IsOverdue(HealthHistoryStatus.InProgress, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)));
        Assert.False(HealthHistoryRules.IsOverdue(HealthHistoryStatus.Sent, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)));
        Assert.False(HealthHistoryRules.IsOverdue(HealthHistoryStatus.Received, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)));
    }
}
