using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Shared;

/// <summary>
/// What the layout promises on a phone, as far as the HTML can prove it (the widths and target
/// sizes themselves are measured in Chromium by Voice.E2E's PhoneLayoutJourney).
/// </summary>
public class PhoneLayoutTests
{
    [Theory]
    [InlineData("/staff/complaints", Roles.ComplaintsOfficer, true)]
    [InlineData("/staff/admin/users", Roles.Administrator, true)]
    [InlineData("/staff/content", Roles.ContentEditor, true)]
    [InlineData("/staff/batches", Roles.ParticipationOfficer, false)]
    [InlineData("/staff/care-leavers/health-history", Roles.HealthTeam, false)]
    [InlineData("/staff/safeguarding", Roles.SafeguardingDuty, false)]
    public async Task StaffTables_SitInALabelledFocusableScrollRegion(string url, string role, bool hasRows)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        await Voice.Tests.Complaints.ComplaintKit.CreateAsync(app, Voice.Tests.Complaints.ComplaintKit.Today(app));
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        var page = await client.GetAsync(url);
        var tables = page.Document.QuerySelectorAll("main table.govuk-table");
        if (hasRows) Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var region = table.ParentElement!;
            Assert.Equal("voice-table-region", region.ClassName);
            Assert.Equal("region", region.GetAttribute("role"));
            Assert.Equal("0", region.GetAttribute("tabindex"));
            Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
        }
    }

    [Fact]
    public async Task StaffSignIn_IsNotOnAChildsQuestionnairePages_ButIsElsewhere()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var client = PageClient.For(app);
        static bool HasStaffSignIn(PageResult page) =>
            page.Document.QuerySelectorAll("header a").Any(a => a.TextContent.Trim() == "Staff sign in");

        Assert.True(HasStaffSignIn(await client.GetAsync("/")));
        Assert.True(HasStaffSignIn(await client.GetAsync("/care-leavers")));
        Assert.False(HasStaffSignIn(await client.GetAsync("/views")));
        var start = await client.FollowAsync(await client.GetAsync("/views?code=" + code));
        Assert.Equal("/views/start", new Uri(start.Response.RequestMessage!.RequestUri!.ToString()).AbsolutePath);
        Assert.False(HasStaffSignIn(start));
        Assert.False(HasStaffSignIn(await client.GetAsync("/views/question/come-to-meeting")));
    }
}
