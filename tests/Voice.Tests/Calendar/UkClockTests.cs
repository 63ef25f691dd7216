using Voice.Data;
using Voice.Data.Calendar;
using Voice.Data.Identity;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Calendar;

/// <summary>Days are days in England: they start at UK midnight, which is 23:00 UTC in British Summer Time.</summary>
public class UkClockTests
{
    static UkClock At(string utc) => new(new TestClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Summer_0030_IsAlreadyTheNextDayInEngland()
    {
        // 23:30 UTC on 15 July is 00:30 BST on 16 July.
        Assert.Equal(new DateOnly(2026, 7, 16), At("2026-07-15T23:30:00Z").Today);
        Assert.Equal(new DateOnly(2026, 7, 15), At("2026-07-15T22:30:00Z").Today);
    }

    [Fact]
    public void Summer_0130_IsTheSameDayInUtcAndEngland() =>
        Assert.Equal(new DateOnly(2026, 7, 16), At("2026-07-16T00:30:00Z").Today);

    [Fact]
    public void Winter_0030_And_0130_AreTheUtcDay()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), At("2026-12-01T00:30:00Z").Today);
        Assert.Equal(new DateOnly(2026, 12, 1), At("2026-12-01T01:30:00Z").Today);
        Assert.Equal(new DateOnly(2026, 11, 30), At("2026-11-30T23:30:00Z").Today);
    }

    [Fact]
    public void ClocksGoForward_29March2026_At0100Utc()
    {
        Assert.Equal(new DateTime(2026, 3, 29, 0, 30, 0), UkClock.ToUk(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0), UkClock.ToUk(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 3, 29), At("2026-03-29T00:30:00Z").Today);
        Assert.Equal(new DateOnly(2026, 3, 30), At("2026-03-29T23:30:00Z").Today);
    }

    [Fact]
    public void ClocksGoBack_25October2026_At0100Utc()
    {
        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0), UkClock.ToUk(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0), UkClock.ToUk(new DateTime(2026, 10, 25, 1, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 10, 25), At("2026-10-24T23:30:00Z").Today);
        Assert.Equal(new DateOnly(2026, 10, 25), At("2026-10-25T23:30:00Z").Today);
    }

    [Fact]
    public void FivePmInEngland_Is1600UtcInSummer_And1700InWinter()
    {
        Assert.Equal(new DateTime(2026, 7, 16, 16, 0, 0, DateTimeKind.Utc), UkClock.UtcAt(new DateOnly(2026, 7, 16), new TimeOnly(17, 0)));
        Assert.Equal(new DateTime(2026, 12, 1, 17, 0, 0, DateTimeKind.Utc), UkClock.UtcAt(new DateOnly(2026, 12, 1), new TimeOnly(17, 0)));
    }

    [Fact]
    public void StaffTimes_AreShownInUkTime() =>
        Assert.Equal("16 July 2026 at 12:30am", UkClock.Format(new DateTime(2026, 7, 15, 23, 30, 0, DateTimeKind.Utc)));

    [Theory, BothDatabases]
    public async Task InvitationExpiry_TurnsAtUkMidnight_NotAt0100InSummer(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        // The code works to the end of 15 July (event 1 July + 14 days).
        var (_, code) = await ViewsTestData.InviteAsync(app, practitioner, eventDate: new DateOnly(2026, 7, 1));
        var client = PageClient.For(app);

        app.Clock.Set(DateTimeOffset.Parse("2026-07-14T23:30:00Z", System.Globalization.CultureInfo.InvariantCulture)); // 00:30 on 15 July
        Assert.NotEqual("This code has stopped working", (await client.GetAsync("/views?code=" + code)).Document.QuerySelector("h1")?.TextContent);

        app.Clock.Set(DateTimeOffset.Parse("2026-07-15T23:30:00Z", System.Globalization.CultureInfo.InvariantCulture)); // 00:30 on 16 July
        Assert.Equal("This code has stopped working", (await PageClient.For(app).GetAsync("/views?code=" + code)).Document.QuerySelector("h1")!.TextContent);
    }
}
