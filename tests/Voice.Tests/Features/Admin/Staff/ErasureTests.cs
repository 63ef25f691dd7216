using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Retention;

namespace Voice.Tests.Areas.Staff.Admin;

public class ErasureTests
{
    [Theory, BothDatabases]
    public async Task AnAdministrator_ErasesAComplainantsData_AndTheErasureIsAudited(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var admin = await app.CreateStaffAsync([Roles.Administrator]);
        var client = PageClient.For(app);
        await client.SignInAsync(admin);
        var email = $"erase-{Guid.NewGuid():N}@example.com";
        var (id, reference, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app), email: email, name: "Erin Erase");
        Assert.NotEmpty(app.EmailsTo(email));

        var page = await client.GetAsync("/staff/admin/erase");
        var unconfirmed = await client.SubmitAsync(page.Form(), ("Reference", reference), ("Reason", "Request under UK GDPR article 17"));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.Status);
        Assert.Equal(["Confirm you have checked this is the right person"], unconfirmed.Errors);
        Assert.Equal("Erin Erase", (await ComplaintKit.LoadAsync(app, id)).ComplainantName);

        var unknown = await client.SubmitAsync(page.Form(), ("Reference", "CMP-1999-NOSUCH"), ("Reason", "x"), ("Confirmed", "yes"));
        Assert.Equal(["There is no complaint or health history request with that reference"], unknown.Errors);

        var done = await client.SubmitAsync(page.Form(), ("Reference", reference.ToLowerInvariant()), ("Reason", "Request under UK GDPR article 17"), ("Confirmed", "yes"));
        Assert.Equal("/staff/admin/erase", done.Location);
        Assert.Contains(reference, (await client.GetAsync(done.Location!)).Document.GetElementById("banner")!.TextContent);

        var erased = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal(RetentionJob.Erased, erased.ComplainantName);
        Assert.Null(erased.Email);
        Assert.Empty(app.EmailsTo(email));
        await using var db = app.NewDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "Erased a person's data" && a.RecordId == reference);
        Assert.Equal(admin.Id, entry.ActorId);
        Assert.Contains("Reason: Request under UK GDPR article 17", entry.Detail);
    }

    [Theory]
    [InlineData(Roles.ComplaintsManager)]
    [InlineData(Roles.HealthTeam)]
    public async Task OtherStaff_AreRefused(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/staff/admin/erase")).Location);
    }
}
