using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Features.Complaints;

namespace Voice.Tests.Areas.Staff.Complaints;

/// <summary>A complaints officer trying the demo sees a queue of complaints with deadlines, not an empty table.</summary>
public class ComplaintsDemoTests
{
    [Fact]
    public async Task Demo_FillsTheQueueWithComplaintsFromFiveKindsOfComplainant_AndSeedsOnce()
    {
        // An app of its own: the demo adds complaints that other tests' queues would see.
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await ComplaintsDemo.SeedAsync(scope.ServiceProvider);
        }
        await using (var db = app.NewDbContext())
        {
            var demo = await db.Complaints.Where(c => c.Description.EndsWith(ComplaintsDemo.Marker)).ToListAsync();
            Assert.Equal(6, demo.Count);
            Assert.Equal(5, demo.Select(c => c.ComplainantType).Distinct().Count());
            Assert.All(demo, c => Assert.NotNull(c.NextDueOn));
        }

        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsOfficer]));
        var queue = await client.GetAsync("/staff/complaints");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Contains("Casey Leaver", queue.Text);
        Assert.Contains("Fostering", queue.Text);
        Assert.True(queue.Document.QuerySelectorAll("main table tbody tr").Length >= 6);
    }
}
