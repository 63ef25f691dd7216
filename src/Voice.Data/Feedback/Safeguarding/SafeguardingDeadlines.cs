using Voice.Data.Calendar;

namespace Voice.Data.Feedback.Safeguarding;

/// <summary>
/// When a flag is due and when an overdue flag is escalated again, in UK time (from
/// <see cref="UkClock"/>, the one place that knows the time zone) on the working-day calendar. A flag is due at 5pm the working day it is raised (the next working day
/// when raised after 5pm or on a day off). When it passes that deadline undecided, the duty
/// manager is told at once, and again each working hour (9am to 5pm on working days) until a
/// person decides it.
/// </summary>
public static class SafeguardingDeadlines
{
    public static readonly TimeOnly DayStarts = new(9, 0);
    public static readonly TimeOnly DayEnds = new(17, 0);

    /// <summary>5pm UK time the same working day, or the next working day when raised after 5pm or on a day off.</summary>
    public static DateTime DueBy(DateTime raisedUtc, Func<DateOnly, bool> isWorkingDay, Func<DateOnly, DateOnly> nextWorkingDay)
    {
        var local = UkClock.ToUk(raisedUtc);
        var day = DateOnly.FromDateTime(local);
        if (!isWorkingDay(day) || TimeOnly.FromDateTime(local) >= DayEnds) day = nextWorkingDay(day);
        return UkClock.UtcAt(day, DayEnds);
    }

    /// <summary>
    /// When an overdue flag should next be escalated: at its deadline the first time, then one
    /// hour after the last escalation, moved to 9am on the next working day when that hour falls
    /// outside working hours.
    /// </summary>
    public static DateTime NextEscalation(DateTime dueUtc, DateTime? lastEscalatedUtc, Func<DateOnly, bool> isWorkingDay, Func<DateOnly, DateOnly> nextWorkingDay)
    {
        if (lastEscalatedUtc is not { } last) return dueUtc;
        var next = UkClock.ToUk(last.AddHours(1));
        var day = DateOnly.FromDateTime(next);
        var time = TimeOnly.FromDateTime(next);
        if (isWorkingDay(day) && time >= DayStarts && time <= DayEnds) return last.AddHours(1);
        if (isWorkingDay(day) && time < DayStarts) return UkClock.UtcAt(day, DayStarts);
        return UkClock.UtcAt(nextWorkingDay(day), DayStarts);
    }
}
