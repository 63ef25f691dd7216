using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Voice.Data.Calendar;

/// <summary>
/// England and Wales working days: every day except Saturday, Sunday and bank holidays.
/// Holidays come from the published list for the years it covers, from
/// <see cref="BankHolidayRules"/> for other years, then the administrators' adjustments.
/// </summary>
/// <remarks>
/// Counting convention (the regulations set none): the day something is received is day 0,
/// and if it is not a working day, day 0 is the next working day. A period of N working days
/// ends on the Nth working day after day 0. Immutable, so one instance can be shared.
/// </remarks>
public sealed class WorkingDayCalendar
{
    // The version hashes the effective holidays of every year in this window (widened to reach
    // any published or adjusted year), so a change to the data, the adjustments or the rules
    // within two centuries changes it, while extending the published list with the very dates
    // the rules give does not.
    const int VersionWindowFirst = 2000;
    const int VersionWindowLast = 2199;
    const string VersionScheme = "england-and-wales working days: weekdays less bank holidays\n";

    readonly int windowFirst;
    readonly int windowLast;
    readonly Dictionary<DateOnly, BankHoliday> holidays = [];
    readonly ConcurrentDictionary<int, IReadOnlyList<BankHoliday>> outsideWindow = new();

    public WorkingDayCalendar(BankHolidayData published, IEnumerable<CalendarAdjustment>? adjustments = null)
    {
        ArgumentNullException.ThrowIfNull(published);
        var changes = (adjustments ?? []).ToList();
        Validate(changes);

        windowFirst = Math.Min(VersionWindowFirst, Math.Min(published.FirstYear, changes.Select(c => c.Date.Year).DefaultIfEmpty(int.MaxValue).Min()));
        windowLast = Math.Max(VersionWindowLast, Math.Max(published.LastYear, changes.Select(c => c.Date.Year).DefaultIfEmpty(int.MinValue).Max()));

        for (var year = windowFirst; year <= windowLast; year++)
        {
            if (published.Covers(year)) continue;
            foreach (var h in BankHolidayRules.ForYear(year)) holidays[h.Date] = h;
        }
        foreach (var h in published.Holidays) holidays[h.Date] = h;

        // Adding a day that is already a holiday, or removing one that is not, changes nothing:
        // the published list may catch up with an adjustment made before it was updated.
        foreach (var change in changes)
        {
            if (change.Kind == AdjustmentKind.Removed) holidays.Remove(change.Date);
            else holidays.TryAdd(change.Date, new BankHoliday(change.Date, change.Title.Trim(), false, HolidaySource.Administrator));
        }

        Version = ComputeVersion(holidays.Keys);
    }

    /// <summary>
    /// Identifies the effective holiday set: the first 12 hex digits of a SHA-256 over every
    /// holiday date. Store it with a deadline so the deadline can be reproduced.
    /// </summary>
    public string Version { get; }

    public bool IsWorkingDay(DateOnly day) => !BankHolidayRules.IsWeekend(day) && HolidayOn(day) is null;

    /// <summary>The bank holiday on this date, or null.</summary>
    public BankHoliday? HolidayOn(DateOnly day)
    {
        if (day.Year >= windowFirst && day.Year <= windowLast)
            return holidays.GetValueOrDefault(day);
        return ByRule(day.Year).FirstOrDefault(h => h.Date == day);
    }

    /// <summary>The year's bank holidays, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays(int year)
    {
        if (year >= windowFirst && year <= windowLast)
            return holidays.Values.Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToList();
        return ByRule(year);
    }

    /// <summary>The first working day after <paramref name="day"/> (never <paramref name="day"/> itself).</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        do day = day.AddDays(1);
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>Day 0 of a clock started by something received on <paramref name="received"/>: that day if it is a working day, else the next working day.</summary>
    public DateOnly StartDay(DateOnly received) => IsWorkingDay(received) ? received : NextWorkingDay(received);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after day 0 (see <see cref="StartDay"/>);
    /// 0 gives day 0 itself. Received Thu 18 Dec 2025, 10 working days is Tue 6 Jan 2026.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = StartDay(from);
        for (var i = 0; i < workingDays; i++) day = NextWorkingDay(day);
        return day;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// if <paramref name="to"/> is earlier, minus the working days after <paramref name="to"/>
    /// up to and including <paramref name="from"/>. So Count(a, b) == -Count(b, a), Count(a, a) == 0,
    /// and Count(from, AddWorkingDays(from, n)) == n when <paramref name="from"/> is a working day
    /// (when it is not, count from <see cref="StartDay"/>(from) instead).
    /// </summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from) return -CountWorkingDays(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>
    /// Why <see cref="AddWorkingDays"/>(from, workingDays) falls where it does: day 0, the due
    /// date, and every day from <paramref name="from"/> to the due date that was not counted.
    /// </summary>
    public WorkingDayExplanation Explain(DateOnly from, int workingDays)
    {
        var due = AddWorkingDays(from, workingDays);
        var skipped = new List<NonWorkingDay>();
        for (var day = from; day < due; day = day.AddDays(1))
        {
            if (BankHolidayRules.IsWeekend(day)) skipped.Add(new NonWorkingDay(day, "Weekend", null));
            else if (HolidayOn(day) is { } holiday) skipped.Add(new NonWorkingDay(day, holiday.DisplayTitle, holiday));
        }
        return new WorkingDayExplanation(from, StartDay(from), workingDays, due, skipped, Version);
    }

    IReadOnlyList<BankHoliday> ByRule(int year) => outsideWindow.GetOrAdd(year, BankHolidayRules.ForYear);

    static void Validate(List<CalendarAdjustment> changes)
    {
        foreach (var c in changes)
        {
            ArgumentNullException.ThrowIfNull(c, "adjustments");
            if (!Enum.IsDefined(c.Kind))
                throw new ArgumentException($"Calendar adjustment on {Iso(c.Date)} has an unknown kind {c.Kind}.", "adjustments");
            if (c.Date.Year is < 1583 or > 9998)
                throw new ArgumentException($"Calendar adjustment on {Iso(c.Date)} is outside the years 1583 to 9998.", "adjustments");
            if (c.Kind == AdjustmentKind.Added && string.IsNullOrWhiteSpace(c.Title))
                throw new ArgumentException($"The bank holiday added on {Iso(c.Date)} needs a title.", "adjustments");
            if (c.Kind == AdjustmentKind.Added && BankHolidayRules.IsWeekend(c.Date))
                throw new ArgumentException($"The bank holiday added on {Iso(c.Date)} falls on a {c.Date.DayOfWeek}, which is not a working day anyway; add the weekday it is taken on.", "adjustments");
        }
        var twice = changes.GroupBy(c => c.Date).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new ArgumentException($"The calendar is adjusted more than once on {Iso(twice.Key)}; keep one adjustment per date.", "adjustments");
    }

    static string ComputeVersion(IEnumerable<DateOnly> dates)
    {
        var text = new StringBuilder(VersionScheme);
        foreach (var date in dates.Order()) text.Append(Iso(date)).Append('\n');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..12];
    }

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A day a working-day count passed over: a weekend (<see cref="Holiday"/> null) or a bank holiday.</summary>
public sealed record NonWorkingDay(DateOnly Date, string Reason, BankHoliday? Holiday);

/// <summary>How a due date was reached, for showing to a person.</summary>
public sealed record WorkingDayExplanation(
    DateOnly From,
    DateOnly DayZero,
    int WorkingDays,
    DateOnly Due,
    IReadOnlyList<NonWorkingDay> Skipped,
    string CalendarVersion);
