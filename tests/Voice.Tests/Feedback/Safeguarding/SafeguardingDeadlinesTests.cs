using Voice.Data.Feedback.Safeguarding;

namespace Voice.Tests.Feedback.Safeguarding;

public class SafeguardingDeadlinesTests
{
    static bool Working(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    static DateOnly Next(DateOnly d) { do d = d.AddDays(1); while (!Working(d)); return d; }
    static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void TheFirstEscalation_IsAtTheDeadline()
    {
        Assert.Equal(Utc(11, 25, 17), SafeguardingDeadlines.NextEscalation(Utc(11, 25, 17), null, Working, Next));
    }

    [Fact]
    public void ThenEachWorkingHour_SkippingEveningsAndWeekends()
    {
        // Wednesday 25 November (GMT): escalated at 10:00 → again at 11:00.
        Assert.Equal(Utc(11, 25, 11), SafeguardingDeadlines.NextEscalation(Utc(11, 24, 17), Utc(11, 25, 10), Working, Next));
        // Escalated at the 17:00 deadline → 09:00 the next working day.
        Assert.Equal(Utc(11, 26, 9), SafeguardingDeadlines.NextEscalation(Utc(11, 25, 17), Utc(11, 25, 17), Working, Next));
        // Friday 17:00 → Monday 09:00.
        Assert.Equal(Utc(11, 30, 9), SafeguardingDeadlines.NextEscalation(Utc(11, 27, 17), Utc(11, 27, 17), Working, Next));
        // Escalated late at night (a job that was down) → 09:00 that morning, not 09:00 the day after.
        Assert.Equal(Utc(11, 26, 9), SafeguardingDeadlines.NextEscalation(Utc(11, 25, 17), Utc(11, 26, 2), Working, Next));
        // Summer time: escalated 15:30 BST → 16:30 BST; escalated 17:30 BST → next day 09:00 BST (08:00 UTC).
        Assert.Equal(Utc(7, 1, 15, 30), SafeguardingDeadlines.NextEscalation(Utc(7, 1, 16), Utc(7, 1, 14, 30), Working, Next));
        Assert.Equal(Utc(7, 2, 8), SafeguardingDeadlines.NextEscalation(Utc(7, 1, 16), Utc(7, 1, 16, 30), Working, Next));
    }
}
