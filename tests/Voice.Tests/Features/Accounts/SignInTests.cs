using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Features.Accounts;

namespace Voice.Tests.Pages.Account;

public class SignInTests
{
    [Theory, BothDatabases]
    public async Task Post_Empty_ShowsBothErrors(DatabaseProvider provider)
    {
        var client = PageClient.For(await TestApps.Get(provider));
        var page = await client.GetAsync("/account/sign-in");
        var result = await client.SubmitAsync(page.Form(), ("Email", ""), ("Password", ""));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("Error: ", result.Title);
        Assert.Equal(["Enter your email address", "Enter your password"], result.Errors);
        Assert.Equal("Enter your email address", result.FieldError("Email"));
    }

    [Theory, BothDatabases]
    public async Task Post_WrongPassword_AndUnknownEmail_GiveTheSameMessage(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in");
        var wrong = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", "not the password at all"));
        var unknown = await client.SubmitAsync(page.Form(), ("Email", "nobody-" + Guid.NewGuid() + "@northfield.example"), ("Password", "not the password at all"));
        Assert.Equal([SignInModel.FailedMessage], wrong.Errors);
        Assert.Equal(wrong.Errors, unknown.Errors);
    }

    [Theory, BothDatabases]
    public async Task FiveFailures_LockTheAccount_EvenWithTheRightPassword(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in");
        for (var i = 0; i < 5; i++) await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", "wrong password " + i));
        var right = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", staff.Password));
        Assert.Equal([SignInModel.FailedMessage], right.Errors);
        await using var db = app.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == staff.Id);
        Assert.NotNull(user.LockoutEnd);
        Assert.True(user.LockoutEnd > app.Clock.GetUtcNow());
        // Each failure is in the audit log against the account, and the lockout says so.
        var audited = await db.AuditEntries.Where(a => a.RecordType == "User" && a.RecordId == staff.Id).Select(a => a.Action).ToListAsync();
        Assert.True(audited.Count(a => a == "Sign-in failed") >= 4, string.Join(", ", audited));
        Assert.Contains("Account locked after failed sign-ins", audited);
    }

    [Fact]
    public async Task WrongTwoFactorCode_IsAudited()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in");
        var afterPassword = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", staff.Password));
        var codePage = await client.GetAsync(afterPassword.Location!);
        await client.SubmitAsync(codePage.Form(), ("Code", "123456" == Totp.Code(staff.AuthenticatorKey!) ? "654321" : "123456"));
        await using var db = app.NewDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.RecordId == staff.Id && a.Action == "Sign-in failed");
        Assert.StartsWith("two-factor code", entry.Detail);
    }

    [Theory, BothDatabases]
    public async Task PasswordOnly_StaffPage_SendsToTwoFactorSetUp(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Administrator], withTwoFactor: false);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in?returnUrl=%2Fstaff%2Fadmin%2Fusers");
        var result = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", staff.Password));
        Assert.Equal("/account/two-factor/set-up?returnUrl=%2Fstaff%2Fadmin%2Fusers", result.Location);
        var staffPage = await client.GetAsync("/staff/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, staffPage.Status);
        Assert.StartsWith("/account/two-factor/set-up", staffPage.Location);
    }

    [Theory, BothDatabases]
    public async Task SetUpTwoFactor_WithTheAppsCode_TurnsItOnAndShowsRecoveryCodes(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Administrator], withTwoFactor: false);
        var client = PageClient.For(app);
        await client.SignInAsync(staff);
        var setUp = await client.GetAsync("/account/two-factor/set-up");
        Assert.StartsWith("data:image/png;base64,", setUp.Document.QuerySelector(".voice-qr img")!.GetAttribute("src"));
        var key = setUp.Document.QuerySelector("[data-testid=shared-key]")!.TextContent;

        var wrong = await client.SubmitAsync(setUp.Form(), ("Code", "000000"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("The security code is wrong", wrong.Errors.Single());

        var done = await client.SubmitAsync(setUp.Form(), ("Code", Totp.Code(key)));
        var codes = await client.FollowAsync(done);
        Assert.Equal("Save your recovery codes", codes.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(10, codes.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/admin/users")).Status);

        await using var db = app.NewDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == staff.Id)).TwoFactorEnabled);
        Assert.Contains(await db.AuditEntries.Where(a => a.RecordId == staff.Id).Select(a => a.Action).ToListAsync(),
            a => a == "Set up two-factor authentication");
    }

    /// <summary>
    /// Through the whole sign-in, as a browser sends them: a tab (%09) or backslash that a browser
    /// would drop or turn into "//", or a protocol-relative address, never leaves the site.
    /// </summary>
    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task ReturnUrl_ToAnotherSite_IsNotFollowedAfterTwoFactor(string returnUrl)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in?returnUrl=" + returnUrl);
        var afterPassword = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", staff.Password));
        Assert.StartsWith("/account/two-factor", afterPassword.Location);
        var codePage = await client.GetAsync("/account/two-factor?returnUrl=" + returnUrl);
        var signedIn = await client.SubmitAsync(codePage.Form(), ("Code", Totp.Code(staff.AuthenticatorKey!)));
        Assert.Equal("/staff", signedIn.Location);
    }

    [Fact]
    public async Task ReturnUrl_OnThisSite_IsFollowedAfterTwoFactor()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in?returnUrl=%2Fstaff%2Fviews");
        var afterPassword = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", staff.Password));
        var codePage = await client.GetAsync(afterPassword.Location!);
        var signedIn = await client.SubmitAsync(codePage.Form(), ("Code", Totp.Code(staff.AuthenticatorKey!)));
        Assert.Equal("/staff/views", signedIn.Location);
    }

    [Theory, BothDatabases]
    public async Task TwoFactorSignIn_WrongCode_IsRefused_RightCode_OpensStaffArea(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Practitioner]);
        var client = PageClient.For(app);
        var page = await client.GetAsync("/account/sign-in");
        var afterPassword = await client.SubmitAsync(page.Form(), ("Email", staff.Email), ("Password", staff.Password));
        Assert.StartsWith("/account/two-factor", afterPassword.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).Status);
        var codePage = await client.GetAsync(afterPassword.Location!);
        var wrong = await client.SubmitAsync(codePage.Form(), ("Code", "123456" == Totp.Code(staff.AuthenticatorKey!) ? "654321" : "123456"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        var right = await client.SubmitAsync(codePage.Form(), ("Code", Totp.Code(staff.AuthenticatorKey!)));
        Assert.Equal("/staff", right.Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).Status);
    }

    [Theory, BothDatabases]
    public async Task RecoveryCode_WorksOnce(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var staff = await app.CreateStaffAsync([Roles.Practitioner], withTwoFactor: false);
        var client = PageClient.For(app);
        await client.SignInAsync(staff);
        var setUp = await client.GetAsync("/account/two-factor/set-up");
        var key = setUp.Document.QuerySelector("[data-testid=shared-key]")!.TextContent;
        var codesPage = await client.FollowAsync(await client.SubmitAsync(setUp.Form(), ("Code", Totp.Code(key))));
        var code = codesPage.Document.QuerySelector("[data-testid=recovery-codes] li")!.TextContent.Trim();

        async Task<PageResult> SignInWithRecovery(PageClient c)
        {
            var p = await c.GetAsync("/account/sign-in");
            await c.SubmitAsync(p.Form(), ("Email", staff.Email), ("Password", staff.Password));
            var recovery = await c.GetAsync("/account/two-factor/recovery");
            return await c.SubmitAsync(recovery.Form(), ("Code", code));
        }
        Assert.Equal("/staff", (await SignInWithRecovery(PageClient.For(app))).Location);
        var second = await SignInWithRecovery(PageClient.For(app));
        Assert.Equal(["That recovery code is wrong or has already been used"], second.Errors);
    }

    [Theory, BothDatabases]
    public async Task SignOut_EndsTheSession(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        var account = await app.CreateStaffAsync([Roles.Practitioner]);
        await client.SignInAsync(account);
        string? stampBefore;
        await using (var before = app.NewDbContext())
            stampBefore = (await before.Users.SingleAsync(u => u.Id == account.Id)).SecurityStamp;
        var page = await client.GetAsync("/account/sign-out");
        var result = await client.SubmitAsync(page.Form());
        Assert.Equal("/account/signed-out", result.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).Status);

        // Signing out rotated the security stamp, so a copy of the session cookie stops working everywhere.
        await using var db = app.NewDbContext();
        Assert.NotEqual(stampBefore, (await db.Users.SingleAsync(u => u.Id == account.Id)).SecurityStamp);
    }

    [Fact]
    public async Task StaffSessions_EndWhenIdle_AndAfterTenHoursHoweverBusy()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var account = await app.CreateStaffAsync([Roles.Practitioner]);
        app.Clock.Advance(TimeSpan.Zero);
        var busy = PageClient.For(app);
        await busy.SignInAsync(account);
        var idle = PageClient.For(app);
        await idle.SignInAsync(account);
        for (var hour = 1; hour <= 9; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/staff")).Status);
            if (hour == 3) Assert.StartsWith("/account/sign-in", (await idle.GetAsync("/staff")).Location);
        }
        app.Clock.Advance(TimeSpan.FromHours(1.5));
        Assert.StartsWith("/account/sign-in", (await busy.GetAsync("/staff")).Location);
    }

    [Theory]
    [InlineData("/staff", "/staff")]
    [InlineData("https://evil.example/", null)]
    [InlineData("//evil.example/", null)]
    [InlineData("/\\evil.example", null)]
    [InlineData("/\t/evil.example", null)]
    [InlineData("/\n/evil.example", null)]
    [InlineData("/\r\n/evil.example", null)]
    [InlineData("/staff/complaints?status=open", "/staff/complaints?status=open")]
    public void SafeReturnUrl_OnlyFollowsLocalPaths(string url, string? expected) =>
        Assert.Equal(expected, SignInModel.SafeReturnUrl(url));
}
