using System.Net;
using Voice.Data;
using Voice.Data.Access;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Views;

/// <summary>An invitation's link carries its own 128-bit token, not the code; old links with the code keep working.</summary>
public class InvitationLinkTests
{
    static async Task<(Guid Id, string Code, string Token)> InviteWithLinkAsync(VoiceApplication app)
    {
        var (invitation, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var token = AccessCodes.NewLinkToken();
        await using var db = app.NewDbContext();
        var row = await db.Invitations.FindAsync(invitation.Id);
        row!.LinkTokenHash = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<AccessCodes>(app.Services).HashLink(token);
        await db.SaveChangesAsync();
        return (invitation.Id, code, token);
    }

    [Theory, BothDatabases]
    public async Task TheLink_OpensTheJourneyWithoutTyping_AndLeavesTheAddress(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (_, _, token) = await InviteWithLinkAsync(app);
        var client = PageClient.For(app);
        var opened = await client.GetAsync("/views?link=" + token);
        Assert.Equal("/views/start", opened.Location);
        Assert.Contains("Hello Sam", (await client.FollowAsync(opened)).Text);
    }

    [Fact]
    public async Task AWrongLink_GetsAPlainMessageAndTheCodeForm_AndAnOldCodeLinkStillWorks()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, code, token) = await InviteWithLinkAsync(app);
        var wrong = await PageClient.For(app).GetAsync("/views?link=" + AccessCodes.NewLinkToken());
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("That link does not work", wrong.Document.GetElementById("link-problem")!.TextContent);
        Assert.NotNull(wrong.Document.GetElementById("Code"));
        // The code is not a link token, and a token is not a code.
        Assert.NotEqual("/views/start", (await PageClient.For(app).GetAsync("/views?link=" + AccessCodes.Normalise(code))).Location);
        Assert.NotEqual("/views/start", (await PageClient.For(app).GetAsync("/views?code=" + token)).Location);
        Assert.Equal("/views/start", (await PageClient.For(app).GetAsync("/views?code=" + code)).Location);
    }

    [Fact]
    public async Task AStoppedInvitationsLink_SaysTheCodeHasStopped()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (id, _, token) = await InviteWithLinkAsync(app);
        await using (var db = app.NewDbContext())
        {
            (await db.Invitations.FindAsync(id))!.RevokedAt = app.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
        var page = await PageClient.For(app).GetAsync("/views?link=" + token);
        Assert.Equal("This code has stopped working", page.Document.QuerySelector("h1")!.TextContent);
    }
}
