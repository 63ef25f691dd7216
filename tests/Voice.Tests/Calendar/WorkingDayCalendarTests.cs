using System.Text.Json;
using Voice.Data.Calendar;
using static Voice.Tests.Calendar.Published;

namespace Voice.Tests.Calendar;

public class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2025-04-17", "2025-04-17")] // Thursday before Easter: a working day, so day 0 itself
    [InlineData("2025-04-18", "2025-04-22")] // Good Friday: past the weekend and Easter Monday
    [InlineData("2025-04-21", "2025-04-22")] // Easter Monday
    [InlineData("2025-04-12", "2025-04-14")] // Saturday
    [InlineData("2025-04-13", "2025-04-14")] // Sunday
    [InlineData("2025-12-24", "2025-12-24")] // Christmas Eve is a working day
    [InlineData("2025-12-25", "2025-12-29")] // Christmas Day (Thursday), Boxing Day, weekend
    [InlineData("2021-12-25", "2021-12-29")] // Christmas 2021: Saturday, Sunday, then both substitutes
    [InlineData("2022-09-19", "2022-09-20")] // the State Funeral
    public void StartDay_IsTheReceivedDateOrTheNextWorkingDay(string received, string dayZero)
    {
        Assert.Equal(D(dayZero), ShippedCalendar.StartDay(D(received)));
    }

    [Theory]
    [InlineData("2025-12-19", "2025-12-22")] // Friday → Monday
    [InlineData("2025-12-24", "2025-12-29")] // never the day itself, and skips Christmas
    [InlineData("2026-12-24", "2026-12-29")] // Boxing Day 2026 is a Saturday: substitute Monday 28
    [InlineData("2020-05-07", "2020-05-11")] // VE Day Friday 2020
    public void NextWorkingDay_IsStrictlyAfter(string day, string next)
    {
        Assert.Equal(D(next), ShippedCalendar.NextWorkingDay(D(day)));
    }

    [Theory]
    // PRODUCT.md/research worked example over Christmas and New Year.
    [InlineData("2025-12-18", 10, "2026-01-06")]
    [InlineData("2025-12-18", 20, "2026-01-20")]
    // 2022/23: Boxing Day Monday, Christmas substitute Tuesday, New Year substitute Monday 2 January.
    [InlineData("2022-12-23", 2, "2022-12-29")]
    [InlineData("2022-12-23", 5, "2023-01-04")]
    // 2021: both Christmas days substituted to Monday 27 and Tuesday 28.
    [InlineData("2021-12-24", 1, "2021-12-29")]
    // Easter 2025: Wednesday before, 3 working days lands the Wednesday after.
    [InlineData("2025-04-16", 3, "2025-04-23")]
    [InlineData("2026-04-02", 1, "2026-04-07")]
    // Received on Good Friday: day 0 is Tuesday.
    [InlineData("2025-04-18", 10, "2025-05-07")] // skips early May bank holiday Monday 5 May
    // 0 working days is day 0.
    [InlineData("2025-04-12", 0, "2025-04-14")]
    [InlineData("2025-04-15", 0, "2025-04-15")]
    // Beyond the published years, by rule: Christmas 2028 Monday/Tuesday, New Year 2029 Monday.
    [InlineData("2028-12-22", 3, "2028-12-29")]
    [InlineData("2028-12-22", 4, "2029-01-02")]
    public void AddWorkingDays_CountsFromDayZero(string from, int n, string due)
    {
        Assert.Equal(D(due), ShippedCalendar.AddWorkingDays(D(from), n));
    }

    [Fact]
    public void AddWorkingDays_Negative_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShippedCalendar.AddWorkingDays(D("2025-01-06"), -1));
    }

    [Theory]
    [InlineData("2025-12-18", "2026-01-06", 10)]
    [InlineData("2026-01-06", "2025-12-18", -10)]
    [InlineData("2025-12-18", "2025-12-18", 0)]
    [InlineData("2025-12-19", "2025-12-20", 0)]  // Friday to Saturday
    [InlineData("2025-12-20", "2025-12-22", 1)]  // Saturday to Monday: Monday counts
    [InlineData("2025-12-22", "2025-12-20", -1)] // and back again
    [InlineData("2025-12-24", "2025-12-29", 1)]  // over Christmas
    [InlineData("2025-01-01", "2026-01-01", 253)] // 2025 has 261 weekdays; less 1 January itself and 7 more bank holidays
    public void CountWorkingDays_CountsAfterFromUpToAndIncludingTo(string from, string to, int expected)
    {
        Assert.Equal(expected, ShippedCalendar.CountWorkingDays(D(from), D(to)));
    }

    [Fact]
    public void CountAndAdd_AgreeForEveryStartDateAndPeriod()
    {
        // An oracle written from the definition: weekdays that are not listed holidays.
        var listed = ShippedData.Holidays.Select(h => h.Date)
            .Concat(new[] { 2017, 2028, 2029, 2030 }.SelectMany(BankHolidayRules.ForYear).Select(h => h.Date))
            .ToHashSet();
        bool Working(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !listed.Contains(d);

        int[] periods = [0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 65];
        var checkedCount = 0;
        for (var from = D("2017-12-20"); from <= D("2029-12-31"); from = from.AddDays(1))
        {
            Assert.Equal(Working(from), ShippedCalendar.IsWorkingDay(from));
            var dayZero = ShippedCalendar.StartDay(from);
            foreach (var n in periods)
            {
                var due = ShippedCalendar.AddWorkingDays(from, n);
                Assert.True(Working(due), $"{from} + {n} = {due}, not a working day");
                Assert.Equal(n, ShippedCalendar.CountWorkingDays(dayZero, due));
                if (Working(from)) Assert.Equal(n, ShippedCalendar.CountWorkingDays(from, due));
                Assert.Equal(-n, ShippedCalendar.CountWorkingDays(due, dayZero));

                // The oracle's count of working days strictly after day 0 up to the due date.
                var oracle = 0;
                for (var d = dayZero.AddDays(1); d <= due; d = d.AddDays(1)) if (Working(d)) oracle++;
                Assert.Equal(n, oracle);
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 40_000);
    }

    [Fact]
    public void Holidays_PublishedYearsComeFromTheFileAndLaterYearsFromTheRules()
    {
        Assert.Equal(ShippedData.Holidays.Where(h => h.Date.Year == 2022), ShippedCalendar.Holidays(2022));
        Assert.Equal(BankHolidayRules.ForYear(2028), ShippedCalendar.Holidays(2028));
        Assert.Equal(BankHolidayRules.ForYear(2500), ShippedCalendar.Holidays(2500)); // outside the precomputed window
        Assert.False(ShippedCalendar.IsWorkingDay(D("2500-12-27")));                   // Christmas 2500 is a Saturday
    }

    [Fact]
    public void Explain_ListsEverySkippedDayWithItsReason()
    {
        var why = ShippedCalendar.Explain(D("2025-12-18"), 10);

        Assert.Equal((D("2025-12-18"), D("2026-01-06"), 10), (why.DayZero, why.Due, why.WorkingDays));
        Assert.Equal(ShippedCalendar.Version, why.CalendarVersion);
        Assert.Equal(
        [
            "2025-12-20 Weekend", "2025-12-21 Weekend", "2025-12-25 Christmas Day", "2025-12-26 Boxing Day",
            "2025-12-27 Weekend", "2025-12-28 Weekend", "2026-01-01 New Year’s Day", "2026-01-03 Weekend", "2026-01-04 Weekend",
        ], why.Skipped.Select(s => $"{s.Date:yyyy-MM-dd} {s.Reason}"));
        Assert.Equal(10 + why.Skipped.Count, why.Due.DayNumber - why.DayZero.DayNumber);
    }

    [Fact]
    public void Explain_ReceivedOnANonWorkingDay_IncludesThatDayAndNamesSubstitutes()
    {
        var why = ShippedCalendar.Explain(D("2021-12-25"), 1);

        Assert.Equal(D("2021-12-29"), why.DayZero);
        Assert.Equal(D("2021-12-30"), why.Due);
        Assert.Equal(
        [
            "2021-12-25 Weekend", "2021-12-26 Weekend",
            "2021-12-27 Christmas Day (substitute day)", "2021-12-28 Boxing Day (substitute day)",
        ], why.Skipped.Select(s => $"{s.Date:yyyy-MM-dd} {s.Reason}"));
        Assert.Null(why.Skipped[0].Holiday);
        Assert.Equal(HolidaySource.Published, why.Skipped[2].Holiday!.Source);
    }

    [Fact]
    public void Adjustments_AddAOneOffDayAndRemoveAnother()
    {
        var calendar = new WorkingDayCalendar(ShippedData,
        [
            new(D("2029-06-08"), AdjustmentKind.Added, "Bank holiday for a royal occasion"),
            new(D("2029-05-28"), AdjustmentKind.Removed, "Spring bank holiday moved by proclamation"),
        ]);

        var added = calendar.HolidayOn(D("2029-06-08"));
        Assert.Equal(("Bank holiday for a royal occasion", HolidaySource.Administrator), (added?.Title, added?.Source));
        Assert.False(calendar.IsWorkingDay(D("2029-06-08")));
        Assert.True(calendar.IsWorkingDay(D("2029-05-28")));
        Assert.True(ShippedCalendar.IsWorkingDay(D("2029-06-08")));
        Assert.False(ShippedCalendar.IsWorkingDay(D("2029-05-28")));
        Assert.Equal(D("2029-06-11"), calendar.AddWorkingDays(D("2029-06-06"), 2));
        Assert.Equal("Bank holiday for a royal occasion",
            calendar.Explain(D("2029-06-06"), 2).Skipped.Single(s => s.Holiday is not null).Reason);
    }

    [Fact]
    public void Adjustments_CanRemoveAPublishedDay()
    {
        var calendar = new WorkingDayCalendar(ShippedData, [new(D("2022-09-19"), AdjustmentKind.Removed, "test")]);
        Assert.True(calendar.IsWorkingDay(D("2022-09-19")));
        Assert.DoesNotContain(calendar.Holidays(2022), h => h.Date == D("2022-09-19"));
    }

    [Theory]
    [InlineData("2029-06-09", AdjustmentKind.Added, "Royal occasion", "Saturday")]
    [InlineData("2029-06-08", AdjustmentKind.Added, " ", "needs a title")]
    [InlineData("1500-06-08", AdjustmentKind.Added, "Too early", "1583")]
    public void Adjustments_Invalid_AreRefused(string date, AdjustmentKind kind, string title, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(ShippedData, [new(D(date), kind, title)]));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Adjustments_TwiceOnOneDate_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(ShippedData,
        [
            new(D("2029-06-08"), AdjustmentKind.Added, "A"),
            new(D("2029-06-08"), AdjustmentKind.Removed, "B"),
        ]));
        Assert.Contains("2029-06-08", e.Message);
    }

    [Fact]
    public void Version_IsAShortHashThatIsTheSameEveryTime()
    {
        Assert.Matches("^[0-9a-f]{12}$", ShippedCalendar.Version);
        Assert.Equal(ShippedCalendar.Version, new WorkingDayCalendar(BankHolidayData.Load(Published.Path)).Version);
    }

    [Fact]
    public void Version_ChangesWhenAOneOffDayIsAdded()
    {
        var withOneOff = new WorkingDayCalendar(ShippedData, [new(D("2026-06-05"), AdjustmentKind.Added, "One-off")]);
        Assert.NotEqual(ShippedCalendar.Version, withOneOff.Version);
        Assert.Equal(withOneOff.Version, new WorkingDayCalendar(ShippedData, [new(D("2026-06-05"), AdjustmentKind.Added, "Another title")]).Version);
        Assert.NotEqual(withOneOff.Version, new WorkingDayCalendar(ShippedData, [new(D("2026-06-04"), AdjustmentKind.Added, "One-off")]).Version);
    }

    [Fact]
    public void Version_ChangesWhenADayIsRemovedButNotForAdjustmentsThatChangeNothing()
    {
        Assert.NotEqual(ShippedCalendar.Version, new WorkingDayCalendar(ShippedData, [new(D("2026-05-25"), AdjustmentKind.Removed, "x")]).Version);
        Assert.Equal(ShippedCalendar.Version, new WorkingDayCalendar(ShippedData, [new(D("2026-05-25"), AdjustmentKind.Added, "already a holiday")]).Version);
        Assert.Equal(ShippedCalendar.Version, new WorkingDayCalendar(ShippedData, [new(D("2026-05-26"), AdjustmentKind.Removed, "not a holiday")]).Version);
    }

    [Fact]
    public void Version_DependsOnTheHolidaysNotOnWhichYearsArePublished()
    {
        // Publishing 2028 exactly as the rules give it leaves every working day, so every stored deadline, unchanged.
        var extended = Rewrite(ShippedData.Holidays.Concat(BankHolidayRules.ForYear(2028)), lastYear: 2028);
        Assert.Equal(ShippedCalendar.Version, new WorkingDayCalendar(extended).Version);

        // Publishing a 2028 that differs from the rules changes it.
        var moved = Rewrite(ShippedData.Holidays.Concat(BankHolidayRules.ForYear(2028).Select(h =>
            h.Title == BankHolidayRules.Spring ? h with { Date = D("2028-06-02") } : h)), lastYear: 2028);
        Assert.NotEqual(ShippedCalendar.Version, new WorkingDayCalendar(moved).Version);
    }

    [Fact]
    public void Version_OfTheShippedCalendar_IsPinned()
    {
        // Deadlines store this version. If this fails, the data or the rules changed the holidays:
        // make sure that was meant, then update the value here.
        Assert.Equal("8a04c7c06508", ShippedCalendar.Version);
    }

    static BankHolidayData Rewrite(IEnumerable<BankHoliday> holidays, int lastYear)
    {
        var json = JsonSerializer.Serialize(new
        {
            division = "england-and-wales",
            firstYear = ShippedData.FirstYear,
            lastYear,
            events = holidays.Select(h => new { date = h.Date.ToString("yyyy-MM-dd"), title = h.Title, notes = h.IsSubstitute ? "Substitute day" : "" }),
        });
        return BankHolidayData.Parse(json, "rewritten.json");
    }
}
