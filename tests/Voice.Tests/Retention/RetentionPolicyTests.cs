using Voice.Data.Retention;

namespace Voice.Tests.Retention;

public class RetentionPolicyTests
{
    static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ARecord_IsDue_OnlyWhenItsClockStartedBeforeThePeriod()
    {
        Assert.True(RetentionPolicy.IsDue(90, Now.AddDays(-91), Now));
        Assert.False(RetentionPolicy.IsDue(90, Now.AddDays(-90), Now)); // exactly the period: kept one more day
        Assert.False(RetentionPolicy.IsDue(90, Now.AddDays(-1), Now));
    }

    [Fact]
    public void ARecordWhoseClockHasNotStarted_IsNeverDue()
    {
        // An open complaint or an undecided flag: nothing has started the clock.
        Assert.False(RetentionPolicy.IsDue(1, null, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ZeroOrLess_KeepsTheKindForEver(int days)
    {
        Assert.Null(RetentionPolicy.CutOff(days, Now));
        Assert.Null(RetentionPolicy.CutOffDate(days, DateOnly.FromDateTime(Now)));
        Assert.False(RetentionPolicy.IsDue(days, Now.AddYears(-50), Now));
    }

    [Fact]
    public void Defaults_FollowTheDocumentedReasons()
    {
        var p = new RetentionPolicy();
        Assert.Equal(6 * 365, p.ComplaintDays);        // six years after closure: Limitation Act 1980 claims
        Assert.Equal(2 * 365, p.HealthHistoryDays);
        Assert.Equal(2 * 365, p.SafeguardingFlagDays);
        Assert.Equal(90, p.SentMessageDays);
        Assert.Equal(30, p.OutboxFileDays);
        Assert.Equal(new DateOnly(2020, 11, 27), RetentionPolicy.CutOffDate(p.ComplaintDays, new DateOnly(2026, 11, 26)));
    }
}
