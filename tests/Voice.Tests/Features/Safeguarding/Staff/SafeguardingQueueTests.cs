using Voice.Data.Feedback.Questionnaires;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Pages.CareLeavers;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Safeguarding;

/// <summary>
/// One triage queue for every place a person writes, one row and one email per record however
/// many answers it flagged (issue 17 item 6), and the flagged answers marked on the answers page.
/// </summary>
public class SafeguardingQueueTests
{
    [Theory, BothDatabases]
    public async Task ManyFlaggedAnswers_MakeOneRowAndOneEmailPerResponse_NamingTheAnswers(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (first, firstCode) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-11-17");
        var (second, secondCode) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-11-17");
        await ViewsTestData.SendAsync(app, firstCode, shareWithSocialWorker: null, text: "my step dad hits me when he is drunk");
        await ViewsTestData.SendAsync(app, secondCode, shareWithSocialWorker: null, text: "I want to kill myself");

        await using var db = app.NewDbContext();
        var firstFlags = await db.SafeguardingFlags.Where(f => f.SourceLabel == $"Case {first.CaseReference}").ToListAsync();
        Assert.True(firstFlags.Count >= 2, "the questionnaire has several free-text questions, each answered with the disclosure");

        var emails = app.EmailsTo(duty.Email);
        var aboutFirst = emails.Where(e => e.Subject.Contains(first.CaseReference)).ToList();
        var aboutSecond = emails.Where(e => e.Subject.Contains(second.CaseReference)).ToList();
        Assert.Single(aboutFirst);
        Assert.Single(aboutSecond);
        // The email names the answer that raised the first flag: the earliest in the questionnaire
        // (flags raised in one tick have the same time, and their ids are random).
        var order = app.Services.GetRequiredService<QuestionnaireCatalog>().Get("lac-review-11-17").Questions.Select(q => q.Id).ToList();
        var earliest = firstFlags.OrderBy(f => f.RaisedAt).ThenBy(f => order.IndexOf(f.QuestionId)).First();
        Assert.Contains($"Answer that raised it: {earliest.FieldLabel}", aboutFirst[0].Body);
        Assert.DoesNotContain("hits me", aboutFirst[0].Body);
        Assert.Contains("http", aboutFirst[0].Body);

        var client = PageClient.For(app);
        await client.SignInAsync(duty);
        var queue = await client.GetAsync("/staff/safeguarding");
        var rows = queue.Document.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains(first.CaseReference)).ToList();
        var row = Assert.Single(rows);
        Assert.Contains($"{firstFlags.Count}: ", row.TextContent);
        var record = await client.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(firstFlags.Count, record.Document.QuerySelectorAll("main h2.govuk-heading-m").Count(h => firstFlags.Any(f => f.FieldLabel == h.TextContent.Trim())));

        // The answers page marks each answer that raised a flag.
        var reader = PageClient.For(app);
        await reader.SignInAsync(practitioner);
        var answers = await reader.GetAsync($"/staff/views/{first.Id}/answers");
        var marked = answers.Document.QuerySelectorAll("[data-flagged]").Select(e => e.GetAttribute("data-flagged")!).ToHashSet();
        Assert.Equal(firstFlags.Select(f => f.QuestionId).ToHashSet(), marked);
    }

    [Theory, BothDatabases]
    public async Task AComplaint_AndAHealthHistoryRequest_AreScreened_IntoTheSameQueue(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var complaint = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app), description: "my carer hits me and I am scared to go back there tonight");
        var (health, _) = await HealthHistoryTests.RequestAsync(PageClient.For(app), $"young-{Guid.NewGuid():N}@northfield.example",
            ("WhatTheyWant", "my records, because my foster dad still hurts me when I visit"));

        await using var db = app.NewDbContext();
        var fromComplaint = await db.SafeguardingFlags.SingleAsync(f => f.SourceLabel == $"Complaint {complaint.Reference}");
        Assert.Equal("complaint", fromComplaint.Source);
        Assert.Contains("my carer hits me", fromComplaint.ScreenedText);
        var fromHealth = await db.SafeguardingFlags.SingleAsync(f => f.SourceLabel == $"Health history request {health}");
        Assert.Equal("health-history", fromHealth.Source);
        Assert.NotEqual("", fromHealth.Why);

        var client = PageClient.For(app);
        await client.SignInAsync(duty);
        var queue = await client.GetAsync("/staff/safeguarding");
        Assert.Contains(queue.Document.QuerySelectorAll("tbody a"), a => a.TextContent == $"Complaint {complaint.Reference}");
        Assert.Contains(queue.Document.QuerySelectorAll("tbody a"), a => a.TextContent == $"Health history request {health}");
        Assert.Single(app.EmailsTo(duty.Email), e => e.Subject.Contains(complaint.Reference));
    }

    [Theory, BothDatabases]
    public async Task InformationAddedOnTheTrackingPage_IsScreened(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (_, reference, code) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        await using (var before = app.NewDbContext())
            Assert.False(await before.SafeguardingFlags.AnyAsync(f => f.SourceLabel == $"Complaint {reference}"));
        var client = PageClient.For(app);
        var page = await Voice.Tests.Pages.Complaints.Track.TrackTests.SignInToTrackAsync(client, reference, code);
        await client.SubmitAsync(page.Form("form[action$='/addinformation']"), ("Information", "since I complained my carer hits me when nobody is home"));

        await using var db = app.NewDbContext();
        var flag = await db.SafeguardingFlags.SingleAsync(f => f.SourceLabel == $"Complaint {reference}");
        Assert.Equal("complaint", flag.Source);
        Assert.StartsWith("added-", flag.QuestionId);
        Assert.Contains("my carer hits me", flag.ScreenedText);
    }

    [Theory]
    [InlineData(Roles.Practitioner, "/staff/safeguarding/samples")]
    [InlineData(Roles.QaAnalyst, "/staff/safeguarding/examples")]
    [InlineData(Roles.ComplaintsOfficer, "/staff/safeguarding/record/complaint/1")]
    [InlineData(Roles.HealthTeam, "/staff/safeguarding/samples/00000000-0000-0000-0000-000000000001")]
    public async Task OtherRoles_CannotOpenTheSafeguardingPages(string role, string path)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        Assert.StartsWith("/account/access-denied", (await client.GetAsync(path)).Location);
    }
}
