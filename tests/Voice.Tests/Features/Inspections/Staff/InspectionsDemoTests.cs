using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Inspections;
using Voice.Tests.Support;
using Voice.Web.Features.Inspections;
using Voice.Web.Infrastructure;

namespace Voice.Tests.Areas.Staff.Inspections;

/// <summary>The demo data gives a visitor real "You said, we did" entries from a published young inspectors' audit.</summary>
public class InspectionsDemoTests
{
    [Fact]
    public async Task Demo_PublishesAnAuditWithCheckedActions_ThatYouSaidWeDidShows_AndSeedsOnce()
    {
        // An app of its own: the demo accounts have fixed emails and the demo adds public entries.
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoData.SeedAccountsAsync(scope.ServiceProvider);
            await InspectionsDemo.SeedAsync(scope.ServiceProvider);
        }
        await using (var db = app.NewDbContext())
        {
            var audit = await db.Audits.Include(a => a.Inspectors).Include(a => a.Recommendations).ThenInclude(r => r.Action)
                .SingleAsync(a => a.Title == InspectionsDemo.PublishedTitle);
            Assert.Equal(AuditStatus.ActionsInProgress, audit.Status);
            Assert.Equal(2, audit.Inspectors.Count);
            var actions = audit.Recommendations.Select(r => r.Action).OfType<AuditAction>().ToList();
            Assert.Equal(3, actions.Count);
            Assert.Equal(2, actions.Count(a => a.Verification is not null));
            Assert.All(actions, a => Assert.True(a.DueOn > a.AgreedOn && a.OwnerName == "Sol Service-Manager"));
            Assert.Equal(2, (await db.Audits.Include(a => a.Inspectors).SingleAsync(a => a.Title == InspectionsDemo.Title)).Inspectors.Count);
        }

        var page = await PageClient.For(app).GetAsync("/you-said-we-did?Topic=communication");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Every letter should say who to ring, their number and when they are in", page.Text);
        Assert.Contains("Add the worker's name, direct phone number and working days to every letter template", page.Text);
        Assert.Contains("Checked by young inspectors: yes, it happened", page.Text);
        Assert.Contains("Checked by young inspectors: some of it happened", page.Text);
        Assert.Contains("In progress, due", page.Text);
        Assert.Contains("Our letters system cannot send text messages yet", page.Text);
        Assert.Contains("Sol Service-Manager", page.Text);
        Assert.DoesNotContain("[name]", page.Text);

        var all = await PageClient.For(app).GetAsync("/you-said-we-did");
        Assert.Contains("Contact is now confirmed two days before", all.Text);
        Assert.Contains("Every letter should say who to ring", all.Text);
    }
}
