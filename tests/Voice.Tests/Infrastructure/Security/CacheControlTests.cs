using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure.Security;

/// <summary>Personal data is never kept by a browser's or proxy's cache: "no-store" on staff pages and downloads.</summary>
public class CacheControlTests
{
    [Fact]
    public async Task StaffPages_AndDownloads_AreNoStore_AssetsKeepTheirOwn()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var staff = await app.CreateStaffAsync([Roles.ComplaintsManager]);
        var client = PageClient.For(app);
        await client.SignInAsync(staff);

        var queue = await client.GetAsync("/staff/complaints");
        Assert.Equal(System.Net.HttpStatusCode.OK, queue.Status);
        Assert.Contains("no-store", queue.Response.Headers.CacheControl!.ToString());

        var csv = await client.Http.GetAsync("/staff/complaints/report/csv?From=2019-01-01&to=2019-12-31");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", csv.Headers.CacheControl!.ToString());

        var anonymous = PageClient.For(app);
        var tracking = await anonymous.GetAsync("/complaints/track");
        Assert.Contains("no-store", tracking.Response.Headers.CacheControl!.ToString());
        // What sets its own caching keeps it.
        var icon = await anonymous.Http.GetAsync("/favicon.svg");
        Assert.Equal("public, max-age=86400", icon.Headers.CacheControl!.ToString());
    }
}
