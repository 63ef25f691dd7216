using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Quality;

/// <summary>
/// Young inspectors' audits in the QA area: their actions, and their findings in the feedback
/// store. In one collection with the other class that runs the ingest, so two runs do not race
/// to copy the same rows (the job itself runs under a lease, one at a time).
/// </summary>
[Collection(FeedbackIngestCollection.Name)]
public class QualityAuditsTests
{
    static async Task<Audit> AuditAsync(VoiceApplication app, string run, AuditStatus status, DateTime? publishedAt, params (string What, int DueInDays, ActionStatus Status)[] actions)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var audit = new Audit
        {
            Title = $"Audit {run}", Service = $"Oak House {run}", Topic = "family-contact", TemplateId = "service-visit", Status = status,
            PublishedAt = publishedAt, CreatedAt = now, UpdatedAt = now, CreatedByName = "Officer",
            Inspectors = [new AuditInspector { UserId = "u", DisplayName = "Zephyrine", AddedAt = now }],
            Notes =
            [
                new AuditNote { Kind = AuditNoteKind.Theme, Text = $"Young people said contact with family is hard to arrange ({run})", WrittenById = "u", WrittenAt = now },
                new AuditNote { Kind = AuditNoteKind.Quote, Text = $"Zephyrine told us: I only see my brother once a month ({run})", WrittenById = "u", WrittenAt = now },
            ],
        };
        await using var db = app.NewDbContext();
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        for (var i = 0; i < actions.Length; i++)
            audit.Recommendations.Add(new AuditRecommendation
            {
                AuditId = audit.Id, Number = i + 1, Text = $"Recommendation {i} ({run})", WrittenById = "u", WrittenAt = now,
                Action = new AuditAction
                {
                    AuditId = audit.Id, What = actions[i].What, OwnerId = "owner", OwnerName = "Sam Manager", AgreedOn = today.AddDays(-30), WorkingDays = 20,
                    DueOn = today.AddDays(actions[i].DueInDays), CalendarVersion = "v", SuccessMeasure = "m", Status = actions[i].Status,
                },
            });
        await db.SaveChangesAsync();
        return audit;
    }

    [Theory, BothDatabases]
    public async Task AuditActions_ShowCountsAndListDueAndOverdue_OverdueFirst(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var run = Guid.NewGuid().ToString("N")[..8];
        await AuditAsync(app, run, AuditStatus.ActionsInProgress, app.Clock.GetUtcNow().UtcDateTime,
            ($"Soon {run}", 3, ActionStatus.Open), ($"Late {run}", -5, ActionStatus.Open), ($"Finished {run}", -10, ActionStatus.Done), ($"Later {run}", 60, ActionStatus.Open));
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.QaAnalyst]));

        var page = await client.GetAsync("/staff/quality/actions");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.GetElementById("no-audits"));
        Assert.True(int.Parse(page.Document.GetElementById("overdue")!.TextContent) >= 1);
        Assert.True(int.Parse(page.Document.GetElementById("open")!.TextContent) >= 3);
        var rows = page.Document.QuerySelectorAll("#due tbody tr").Where(r => r.TextContent.Contains(run)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains($"Late {run}", rows[0].TextContent);
        Assert.Contains("Overdue", rows[0].TextContent);
        Assert.Contains($"Soon {run}", rows[1].TextContent);
        Assert.DoesNotContain("Overdue", rows[1].TextContent);
        Assert.Contains("Sam Manager", rows[0].TextContent);
    }

    [Theory, BothDatabases]
    public async Task Ingest_CopiesFindingsOfPublishedAuditsOnly_AsYoungInspectors_Redacted(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (published, draft) = (Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString("N")[..8]);
        await AuditAsync(app, published, AuditStatus.Published, app.Clock.GetUtcNow().UtcDateTime, ($"Do it {published}", 20, ActionStatus.Open));
        await AuditAsync(app, draft, AuditStatus.FactualCheck, null);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FeedbackIngest>().RunAsync(default);

        await using var db = app.NewDbContext();
        var items = await db.FeedbackItems.Where(f => f.Team == $"Oak House {published}").OrderBy(f => f.QuestionId).ToListAsync();
        Assert.Equal(["quote", "recommendation", "theme"], items.Select(i => i.QuestionId));
        Assert.All(items, i => Assert.Equal(FeedbackSources.YoungInspectors, i.Source));
        Assert.All(items, i => Assert.Equal("young-inspectors", i.JourneyPoint));
        Assert.Equal($"[name] told us: I only see my brother once a month ({published})", items[0].Text);
        Assert.False(await db.FeedbackItems.AnyAsync(f => f.Team == $"Oak House {draft}"));

        // A second run copies nothing twice.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FeedbackIngest>().RunAsync(default);
        Assert.Equal(3, await db.FeedbackItems.CountAsync(f => f.Team == $"Oak House {published}"));
    }
}

/// <summary>Tests that run <see cref="FeedbackIngest"/> over the shared databases: one at a time.</summary>
public static class FeedbackIngestCollection
{
    public const string Name = "Feedback ingest";
}
