using System.Net;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Tests.Areas.Staff.Inspections;
using Voice.Tests.Support;
using Voice.Web.Features.Inspections.YouSaidWeDid;

namespace Voice.Tests.Pages.YouSaidWeDid;

/// <summary>
/// "You said, we did" is cached, data and HTML (a change made behind the app's back does not show at once), and
/// publishing an audit drops the cache, so what was just published shows straight away. Its own
/// app, so no other test's saves drop the cache in between. The test holds the app's clock still
/// and moves it itself, so however slowly the machine runs, the cache expires exactly when it
/// says (60 seconds on the app's clock).
/// </summary>
public class YouSaidWeDidCacheTests
{
    [Theory, BothDatabases]
    public async Task ThePage_IsCached_AndPublishingAnAudit_ShowsItStraightAway(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Set(app.Clock.GetUtcNow());
        var officer = PageClient.For(app);
        await officer.SignInAsync(await app.CreateStaffAsync([Roles.ParticipationOfficer]));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        int id;
        await using (var db = app.NewDbContext())
        {
            var audit = new Audit
            {
                Title = "Pocket money review", Service = "Pocket money", Topic = "money", TemplateId = "service-visit", Status = AuditStatus.ManagementResponse,
                Recommendations = [new AuditRecommendation { Number = 1, Text = "Pay pocket money on the same day every week", WrittenById = "x", WrittenAt = now,
                    Response = RecommendationResponse.Rejected, ResponseReason = "The bank decides the day", RespondedAt = now, RespondedByName = "A manager" }],
            };
            db.Audits.Add(audit);
            await db.SaveChangesAsync();
            id = audit.Id;
        }
        const string page = "/you-said-we-did?Topic=money";
        var before = await PageClient.For(app).GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.DoesNotContain("Pay pocket money on the same day", before.Text);

        // Written straight to the database, not through the pages: the cached page does not see it yet.
        await using (var db = app.NewDbContext())
        {
            db.ActedOnFeedback.Add(new ActedOnFeedback
            {
                Topic = "money", Source = "Children in Care Council", Words = "We want to learn about bank accounts", WhatWeDid = "A money skills session",
                Outcome = ActedOnOutcome.Done, OwnerName = "Leaving care team", On = DateOnly.FromDateTime(now), CreatedAt = now, CreatedByName = "Test",
            });
            await db.SaveChangesAsync();
        }
        var cached = await PageClient.For(app).GetAsync(page);
        Assert.DoesNotContain("A money skills session", cached.Text);
        Assert.NotNull(cached.Response.Headers.Age); // the HTML itself came from the output cache

        Assert.Equal(HttpStatusCode.Redirect, (await InspectionPagesTests.Fire(officer, id, "Publish")).Status);
        var after = await PageClient.For(app).GetAsync(page);
        Assert.Null(after.Response.Headers.Age); // publishing evicted it
        Assert.Contains("Pay pocket money on the same day every week", after.Text);
        Assert.Contains("The bank decides the day", after.Text);
        Assert.Contains("A money skills session", after.Text);

        // Another change behind the app's back shows once the cache is 60 seconds old, not before.
        await using (var db = app.NewDbContext())
        {
            db.ActedOnFeedback.Add(new ActedOnFeedback
            {
                Topic = "money", Source = "Survey", Words = "Tell us when our savings are paid in", WhatWeDid = "A text message on the day savings are paid",
                Outcome = ActedOnOutcome.Done, OwnerName = "Finance team", On = DateOnly.FromDateTime(now), CreatedAt = now, CreatedByName = "Test",
            });
            await db.SaveChangesAsync();
        }
        app.Clock.Advance(YouSaidWeDidCache.Duration - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("A text message on the day savings are paid", (await PageClient.For(app).GetAsync(page)).Text);
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        var expired = await PageClient.For(app).GetAsync(page);
        Assert.Contains("A text message on the day savings are paid", expired.Text);
        Assert.Null(expired.Response.Headers.Age);
    }
}
