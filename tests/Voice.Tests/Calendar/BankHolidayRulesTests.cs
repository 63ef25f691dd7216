using Voice.Data.Calendar;
using static Voice.Tests.Calendar.Published;

namespace Voice.Tests.Calendar;

public class BankHolidayRulesTests
{
    [Theory]
    // 2018–2030 from published Easter tables.
    [InlineData(2018, "2018-04-01")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2020, "2020-04-12")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    // The earliest and latest possible dates, and century years where the Gregorian corrections bite.
    [InlineData(1818, "1818-03-22")]
    [InlineData(2285, "2285-03-22")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2100, "2100-03-28")]
    [InlineData(2400, "2400-04-16")]
    public void EasterSunday_MatchesKnownDate(int year, string expected)
    {
        Assert.Equal(D(expected), BankHolidayRules.EasterSunday(year));
    }

    [Fact]
    public void EasterSunday_IsAlwaysASundayBetween22MarchAnd25April()
    {
        for (var year = 1583; year <= 3000; year++)
        {
            var easter = BankHolidayRules.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void ForYear_2028_GivesTheStandingHolidaysWithNewYearSubstitute()
    {
        Assert.Equal(
        [
            ("2028-01-03", "New Year’s Day", true),
            ("2028-04-14", "Good Friday", false),
            ("2028-04-17", "Easter Monday", false),
            ("2028-05-01", "Early May bank holiday", false),
            ("2028-05-29", "Spring bank holiday", false),
            ("2028-08-28", "Summer bank holiday", false),
            ("2028-12-25", "Christmas Day", false),
            ("2028-12-26", "Boxing Day", false),
        ], Simple(BankHolidayRules.ForYear(2028)));
    }

    [Theory]
    // Christmas Day on a Saturday: both move, to Monday 27 and Tuesday 28.
    [InlineData(2021, "2021-12-27", "Christmas Day", true, "2021-12-28", "Boxing Day", true)]
    [InlineData(2032, "2032-12-27", "Christmas Day", true, "2032-12-28", "Boxing Day", true)]
    // Christmas Day on a Sunday: Boxing Day keeps Monday 26, Christmas Day moves to Tuesday 27.
    [InlineData(2022, "2022-12-26", "Boxing Day", false, "2022-12-27", "Christmas Day", true)]
    [InlineData(2033, "2033-12-26", "Boxing Day", false, "2033-12-27", "Christmas Day", true)]
    // Christmas Day on a Friday: Boxing Day (Saturday) moves to Monday 28.
    [InlineData(2020, "2020-12-25", "Christmas Day", false, "2020-12-28", "Boxing Day", true)]
    [InlineData(2037, "2037-12-25", "Christmas Day", false, "2037-12-28", "Boxing Day", true)]
    // Weekdays: no substitutes.
    [InlineData(2025, "2025-12-25", "Christmas Day", false, "2025-12-26", "Boxing Day", false)]
    public void ForYear_ChristmasAndBoxingDay_TakeSubstituteWeekdays(int year,
        string firstDate, string firstTitle, bool firstSubstitute, string secondDate, string secondTitle, bool secondSubstitute)
    {
        var december = Simple(BankHolidayRules.ForYear(year).Where(h => h.Date.Month == 12));
        Assert.Equal([(firstDate, firstTitle, firstSubstitute), (secondDate, secondTitle, secondSubstitute)], december);
    }

    [Theory]
    [InlineData(2022, "2022-01-03", true)]  // Saturday
    [InlineData(2023, "2023-01-02", true)]  // Sunday
    [InlineData(2028, "2028-01-03", true)]  // Saturday
    [InlineData(2034, "2034-01-02", true)]  // Sunday
    [InlineData(2026, "2026-01-01", false)] // Thursday
    public void ForYear_NewYearsDayAtAWeekend_MovesToMonday(int year, string expected, bool substitute)
    {
        var newYear = BankHolidayRules.ForYear(year).Single(h => h.Title == BankHolidayRules.NewYearsDay);
        Assert.Equal((expected, substitute), (Iso(newYear.Date), newYear.IsSubstitute));
    }

    [Fact]
    public void ForYear_EveryYear_HasEightWeekdayHolidaysInOrder()
    {
        for (var year = 1900; year <= 2300; year++)
        {
            var holidays = BankHolidayRules.ForYear(year);
            Assert.Equal(8, holidays.Select(h => h.Date).Distinct().Count());
            Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{h.Date} {h.Title}"));
            Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
            Assert.All(holidays, h => Assert.Equal(HolidaySource.Rules, h.Source));
        }
    }

    /// <summary>Published days that the rules cannot give: moved and one-off days, and the rule days they replaced.</summary>
    public static readonly Dictionary<int, (string[] OnlyPublished, string[] OnlyByRule)> OneOffs = new()
    {
        [2020] = (["2020-05-08"], ["2020-05-04"]),                             // early May moved to VE Day
        [2022] = (["2022-06-02", "2022-06-03", "2022-09-19"], ["2022-05-30"]), // spring moved, Platinum Jubilee, State Funeral
        [2023] = (["2023-05-08"], []),                                        // Coronation
    };

    [Fact]
    public void ForYear_ReproducesEveryPublishedDayExceptTheOneOffs()
    {
        Assert.Equal(2018, ShippedData.FirstYear);
        Assert.Equal(2027, ShippedData.LastYear);
        for (var year = ShippedData.FirstYear; year <= ShippedData.LastYear; year++)
        {
            var published = Simple(ShippedData.Holidays.Where(h => h.Date.Year == year));
            var rules = Simple(BankHolidayRules.ForYear(year));
            var (onlyPublished, onlyByRule) = OneOffs.GetValueOrDefault(year, ([], []));

            Assert.Equal(onlyPublished, published.Except(rules).Select(h => h.Date));
            Assert.Equal(onlyByRule, rules.Except(published).Select(h => h.Date));
        }
    }

    static List<(string Date, string Title, bool Substitute)> Simple(IEnumerable<BankHoliday> holidays) =>
        holidays.Select(h => (Iso(h.Date), h.Title, h.IsSubstitute)).ToList();

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
}
