using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Admin;

public partial class UsersTests
{
    [Theory, BothDatabases]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider provider)
    {
        var client = PageClient.For(await TestApps.Get(provider));
        var page = await client.GetAsync("/staff/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/sign-in", page.Location);
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.ComplaintsManager)]
    [InlineData(Roles.YoungInspector)]
    public async Task StaffWithoutTheAdministratorRole_AreDenied(string role)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        foreach (var url in new[] { "/staff/admin/users", "/staff/admin/users/invite" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/account/access-denied", page.Location);
        }
        var denied = await client.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
    }

    [Theory, BothDatabases]
    public async Task Invite_CreatesTheAccountWithRoles_EmailsALink_AndTheLinkSetsThePassword(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var address = $"new-{Guid.NewGuid():N}@northfield.example";

        var form = await admin.GetAsync("/staff/admin/users/invite");
        var result = await admin.SubmitAsync(form.Form(), ("Name", "Nia <b>New</b>"), ("Email", address),
            ("SelectedRoles", Roles.ComplaintsOfficer), ("SelectedRoles", Roles.QaAnalyst));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var details = await admin.GetAsync(result.Location!);
        Assert.Contains($"Invitation sent to {address}", details.Text);
        // Free text is encoded, never markup.
        Assert.Equal("Nia <b>New</b>", details.Document.QuerySelector("h1")!.TextContent);
        Assert.Null(details.Document.QuerySelector("h1 b"));
        var rows = details.Document.QuerySelectorAll(".govuk-summary-list > .govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent, r => r.QuerySelector("dd")!.TextContent);
        Assert.Equal(address, rows["Email"]);
        Assert.Equal("Invited, not set up yet", rows["Status"]);

        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == address);
            var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            Assert.Equal([Roles.ComplaintsOfficer, Roles.QaAnalyst], roles.Order());
            Assert.Null(user.PasswordHash);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordId == user.Id && a.Action.StartsWith("Invited")));
        }

        var email = Assert.Single(app.EmailsTo(address));
        var link = new Uri(Link().Match(email.Body).Value).PathAndQuery;
        var invitee = PageClient.For(app);
        var accept = await invitee.GetAsync(link);
        Assert.Equal("Set up your Voice account", accept.Document.QuerySelector("h1")!.TextContent);
        var accepted = await invitee.SubmitAsync(accept.Form(), ("Password", "my own long password"), ("ConfirmPassword", "my own long password"));
        // Straight on to two-factor set-up, as the page promised, without signing in again.
        Assert.StartsWith("/account/two-factor/set-up", accepted.Location);
        var setUp = await invitee.GetAsync(accepted.Location!);
        Assert.Equal(HttpStatusCode.OK, setUp.Status);
        Assert.Equal("Set up two-factor authentication", setUp.Document.QuerySelector("h1")!.TextContent);
        // Until two-factor is set up, no staff page opens.
        Assert.NotEqual(HttpStatusCode.OK, (await invitee.GetAsync("/staff")).Status);
    }

    [Theory, BothDatabases]
    public async Task Invite_BadInput_ShowsErrorsAndCreatesNothing(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var existing = await app.CreateStaffAsync([Roles.Practitioner]);
        var form = await admin.GetAsync("/staff/admin/users/invite");

        var empty = await admin.SubmitAsync(form.Form(), ("Name", ""), ("Email", ""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter their full name", "Enter their work email address", "Select at least one role"], empty.Errors);

        var duplicate = await admin.SubmitAsync(form.Form(), ("Name", "Someone"), ("Email", existing.Email), ("SelectedRoles", Roles.Practitioner));
        Assert.Equal(["There is already an account with this email address"], duplicate.Errors);

        var badRole = await admin.SubmitAsync(form.Form(), ("Name", "Someone"), ("Email", "someone-" + Guid.NewGuid() + "@northfield.example"), ("SelectedRoles", "SuperUser"));
        Assert.Equal(["Select a role from the list"], badRole.Errors);

        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == existing.Email));
        Assert.False(await db.Users.AnyAsync(u => u.DisplayName == "Someone"));
    }

    [Theory, BothDatabases]
    public async Task ChangeRoles_IsSavedAndAudited(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);

        var page = await admin.GetAsync($"/staff/admin/users/{staff.Id}");
        var rolesForm = page.Form("form[action$='/roles']");
        var result = await admin.SubmitAsync(rolesForm, ("SelectedRoles", Roles.SafeguardingDuty), ("SelectedRoles", Roles.Practitioner));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);

        await using var db = app.NewDbContext();
        var roles = await db.UserRoles.Where(ur => ur.UserId == staff.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([Roles.Practitioner, Roles.SafeguardingDuty], roles.Order());
        var audit = await db.AuditEntries.Where(a => a.RecordId == staff.Id && a.Action.StartsWith("Changed roles")).SingleAsync();
        Assert.Contains(Roles.SafeguardingDuty, audit.Action);
    }

    [Fact]
    public async Task ChangingAnInvitedPersonsRoles_KeepsTheirLinkWorking_AndTheInvitationCanBeSentAgain()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var address = $"new-{Guid.NewGuid():N}@northfield.example";
        var form = await admin.GetAsync("/staff/admin/users/invite");
        var created = await admin.SubmitAsync(form.Form(), ("Name", "Ina Invited"), ("Email", address), ("SelectedRoles", Roles.Practitioner));
        var details = await admin.GetAsync(created.Location!);
        await admin.SubmitAsync(details.Form("form[action$='/roles']"), ("SelectedRoles", Roles.HealthTeam));
        var firstLink = new Uri(Link().Match(app.EmailsTo(address).Single().Body).Value).PathAndQuery;
        Assert.Equal("Set up your Voice account", (await PageClient.For(app).GetAsync(firstLink)).Document.QuerySelector("h1")!.TextContent);

        details = await admin.GetAsync(created.Location!);
        var resent = await admin.SubmitAsync(details.Form("form[action$='/resendinvitation']"));
        Assert.Equal(HttpStatusCode.Redirect, resent.Status);
        Assert.Equal(2, app.EmailsTo(address).Count);
    }

    [Theory, BothDatabases]
    public async Task Disable_StopsSignIn_AndEndsTheirSession(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var theirSession = PageClient.For(app);
        await theirSession.SignInAsync(staff);
        Assert.Equal(HttpStatusCode.OK, (await theirSession.GetAsync("/staff")).Status);

        var page = await admin.GetAsync($"/staff/admin/users/{staff.Id}");
        // One click only asks: the account page links to a confirmation page.
        Assert.Null(page.Document.QuerySelector("form[action$='/disable']"));
        var confirm = await admin.GetAsync(page.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Disable account").GetAttribute("href")!);
        Assert.StartsWith("Are you sure you want to disable", confirm.Document.QuerySelector("h1")!.TextContent);
        await using (var db = app.NewDbContext())
            Assert.False((await db.Users.SingleAsync(u => u.Id == staff.Id)).IsDisabled);
        var result = await admin.SubmitAsync(confirm.Form());
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Contains("account is disabled", (await admin.GetAsync(result.Location!)).Text);

        var fresh = PageClient.For(app);
        var signIn = await fresh.GetAsync("/account/sign-in");
        var attempt = await fresh.SubmitAsync(signIn.Form(), ("Email", staff.Email), ("Password", staff.Password));
        Assert.Equal(HttpStatusCode.BadRequest, attempt.Status);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await theirSession.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.StartsWith("/account/sign-in", after.Location);
    }

    [Fact]
    public async Task ResetTwoFactor_RemovesThePassword_EndsTheirSessions_AndEmailsThemALink()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        string? stampBefore;
        await using (var db = app.NewDbContext())
            stampBefore = (await db.Users.SingleAsync(u => u.Id == staff.Id)).SecurityStamp;

        var page = await admin.GetAsync($"/staff/admin/users/{staff.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page.Form("form[action$='/resettwofactor']"))).Status);

        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == staff.Id);
            Assert.Null(user.PasswordHash);
            Assert.False(user.TwoFactorEnabled);
            Assert.NotEqual(stampBefore, user.SecurityStamp);
        }
        var fresh = PageClient.For(app);
        var signIn = await fresh.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.SubmitAsync(signIn.Form(), ("Email", staff.Email), ("Password", staff.Password))).Status);

        var email = Assert.Single(app.EmailsTo(staff.Email));
        Assert.Contains("reset your two-factor authentication", email.Body);
        var link = new Uri(Link().Match(email.Body).Value).PathAndQuery;
        Assert.StartsWith("/account/reset-password", link);
        var reset = await fresh.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, reset.Status);
    }

    [Fact]
    public async Task Administrator_CannotDisableThemselves_OrDropTheirOwnAdminRole()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var me = await app.CreateStaffAsync([Roles.Administrator]);
        var admin = PageClient.For(app);
        await admin.SignInAsync(me);
        var page = await admin.GetAsync($"/staff/admin/users/{me.Id}");
        Assert.Null(page.Document.QuerySelector("form[action$='/disable']"));
        var drop = await admin.SubmitAsync(page.Form("form[action$='/roles']"), ("SelectedRoles", Roles.Practitioner));
        Assert.Equal(["You cannot remove your own administrator role. Ask another administrator."], drop.Errors);
        var disable = await admin.PostAsync($"/staff/admin/users/{me.Id}/disable",
            [new("__RequestVerificationToken", page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        Assert.Equal(["You cannot disable your own account"], disable.Errors);
        await using var db = app.NewDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Id == me.Id)).IsDisabled);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
