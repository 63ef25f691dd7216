using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;
using static Voice.Tests.Areas.Staff.Complaints.ComplaintsStaffTests;

namespace Voice.Tests.Areas.Staff.Complaints;

public class ReissueCodeTests
{
    static async Task<PageResult> TrackAsync(PageClient client, string reference, string code)
    {
        var form = await client.GetAsync("/complaints/track");
        return await client.SubmitAsync(form.Form(), ("Reference", reference), ("Code", code));
    }

    [Theory, BothDatabases]
    public async Task NewCode_StopsTheOldOneAndItsSessions_IsAudited_AndIsSentToTheComplainant(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var email = $"reissue-{Guid.NewGuid():N}@example.com";
        var (id, reference, oldCode) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app), email: email);
        var oldLink = ComplaintKit.LinkIn(app.EmailsTo(email).Single().Body)!;
        var complainant = PageClient.For(app);
        var opened = await TrackAsync(complainant, reference, oldCode);
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        var status = opened.Location!;
        Assert.Equal(HttpStatusCode.OK, (await complainant.GetAsync(status)).Status);

        var officer = PageClient.For(app);
        var staff = await app.CreateStaffAsync([Roles.ComplaintsOfficer]);
        await officer.SignInAsync(staff);
        var form = await officer.GetAsync($"/staff/complaints/{id}/reissue-code");
        Assert.Equal(["Enter why a new tracking code is needed"], (await officer.SubmitAsync(form.Form(), ("Reason", ""))).Errors);
        await Act(officer, id, "reissue-code", ("Reason", "The complainant lost the email"));

        // The session opened with the old code has ended, and the old code no longer opens it.
        Assert.Equal("/complaints/track", (await complainant.GetAsync(status)).Location);
        Assert.Equal(HttpStatusCode.BadRequest, (await TrackAsync(PageClient.For(app), reference, oldCode)).Status);

        var message = Assert.Single(app.EmailsTo(email), e => e.Subject == $"A new tracking code for your complaint {reference}");
        var link = ComplaintKit.LinkIn(message.Body)!;
        Assert.DoesNotContain(oldCode, message.Body);
        var viaLink = PageClient.For(app);
        var followed = await viaLink.FollowAsync(await viaLink.GetAsync(link));
        Assert.Equal(HttpStatusCode.OK, followed.Status);
        Assert.Contains(reference, followed.Text);
        Assert.NotNull((await PageClient.For(app).GetAsync(oldLink)).Document.GetElementById("link-problem"));

        await using var db = app.NewDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.RecordType == "Complaint" && a.RecordId == reference && a.Action == "Tracking code replaced");
        Assert.Equal(staff.Id, audit.ActorId);
        Assert.True(await db.ComplaintEvents.AnyAsync(e => e.ComplaintId == id && e.Kind == "Tracking code replaced" && e.Detail == "The complainant lost the email" && !e.Public));
    }

    [Fact]
    public async Task OnlyComplaintsStaff_CanReissueACode()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        var practitioner = PageClient.For(app);
        await practitioner.SignInAsync(await app.CreateStaffAsync([Roles.Practitioner]));
        var refused = await practitioner.GetAsync($"/staff/complaints/{id}/reissue-code");
        Assert.NotEqual(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("/account/access-denied", refused.Location ?? "/account/access-denied");
        Assert.Equal(HttpStatusCode.Redirect, (await PageClient.For(app).GetAsync($"/staff/complaints/{id}/reissue-code")).Status);
    }

    [Fact]
    public async Task ATakenReference_IsDrawnAgain()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, taken, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        var draws = new Queue<string>([taken, taken, "CMP-2026-FRESH2"]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
        Assert.Equal("CMP-2026-FRESH2", await ComplaintReferences.FreeAsync(db, 2026, CancellationToken.None, _ => draws.Dequeue()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ComplaintReferences.FreeAsync(db, 2026, CancellationToken.None, _ => taken));
    }
}
