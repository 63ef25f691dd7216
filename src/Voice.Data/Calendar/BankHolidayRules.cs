namespace Voice.Data.Calendar;

/// <summary>
/// The standing England and Wales bank holidays for a year, by rule (Banking and Financial
/// Dealings Act 1971 Schedule 1, the annual proclamations, and the common-law Christmas Day
/// and Good Friday). One-off and moved days are not rules: they come from the published list
/// or an administrator. Titles are GOV.UK's, so rule-made and published days read the same.
/// </summary>
public static class BankHolidayRules
{
    public const string NewYearsDay = "New Year\u2019s Day";
    public const string GoodFriday = "Good Friday";
    public const string EasterMonday = "Easter Monday";
    public const string EarlyMay = "Early May bank holiday";
    public const string Spring = "Spring bank holiday";
    public const string Summer = "Summer bank holiday";
    public const string ChristmasDay = "Christmas Day";
    public const string BoxingDay = "Boxing Day";

    /// <summary>The year's standing bank holidays in date order, with weekend days moved to their substitute weekday.</summary>
    public static IReadOnlyList<BankHoliday> ForYear(int year)
    {
        CheckYear(year);
        var easter = EasterSunday(year);
        var holidays = new List<BankHoliday>
        {
            OnWeekdayOrSubstitute(new DateOnly(year, 1, 1), NewYearsDay, taken: []),
            Rule(easter.AddDays(-2), GoodFriday),
            Rule(easter.AddDays(1), EasterMonday),
            Rule(FirstMonday(year, 5), EarlyMay),
            Rule(LastMonday(year, 5), Spring),
            Rule(LastMonday(year, 8), Summer),
        };

        // When both fall at a weekend they take Monday 27 and Tuesday 28; when only Christmas
        // Day is a Sunday, Boxing Day keeps Monday 26 and Christmas Day moves to Tuesday 27.
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        var boxingHoliday = christmas.DayOfWeek == DayOfWeek.Sunday
            ? Rule(boxing, BoxingDay)
            : null;
        var christmasHoliday = OnWeekdayOrSubstitute(christmas, ChristmasDay,
            taken: boxingHoliday is null ? [] : [boxingHoliday.Date]);
        boxingHoliday ??= OnWeekdayOrSubstitute(boxing, BoxingDay, taken: [christmasHoliday.Date]);
        holidays.Add(christmasHoliday);
        holidays.Add(boxingHoliday);

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return holidays;
    }

    /// <summary>
    /// Western (Gregorian) Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        CheckYear(year);
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    static BankHoliday Rule(DateOnly date, string title) => new(date, title, false, HolidaySource.Rules);

    static BankHoliday OnWeekdayOrSubstitute(DateOnly date, string title, DateOnly[] taken)
    {
        var day = date;
        while (IsWeekend(day) || taken.Contains(day)) day = day.AddDays(1);
        return new BankHoliday(day, title, day != date, HolidaySource.Rules);
    }

    static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        return day;
    }

    static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(-1);
        return day;
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // The Gregorian computus needs a Gregorian year, and DateOnly stops at 9999 (28 December
    // of the last year would push substitutes past it).
    static void CheckYear(int year)
    {
        if (year is < 1583 or > 9998)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Bank holidays can be generated for the years 1583 to 9998.");
    }
}
