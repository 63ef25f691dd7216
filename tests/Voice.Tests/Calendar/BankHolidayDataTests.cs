using Voice.Data.Calendar;
using static Voice.Tests.Calendar.Published;

namespace Voice.Tests.Calendar;

public class BankHolidayDataTests
{
    [Theory]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void ShippedFile_HasEveryOneOffDay(string date, string title)
    {
        var holiday = Assert.Single(ShippedData.Holidays, h => h.Date == D(date));
        Assert.Equal(title, holiday.Title);
        Assert.Equal(HolidaySource.Published, holiday.Source);
        Assert.False(ShippedCalendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2020-05-04")] // the early May Monday that moved to VE Day
    [InlineData("2022-05-30")] // the spring Monday that moved for the Platinum Jubilee
    public void ShippedFile_TheDaysThatMovedAreWorkingDays(string date)
    {
        Assert.DoesNotContain(ShippedData.Holidays, h => h.Date == D(date));
        Assert.True(ShippedCalendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void ShippedFile_MarksExactlyTheSubstituteDays()
    {
        Assert.Equal(
        [
            "2020-12-28 Boxing Day", "2021-12-27 Christmas Day", "2021-12-28 Boxing Day",
            "2022-01-03 New Year’s Day", "2022-12-27 Christmas Day", "2023-01-02 New Year’s Day",
            "2026-12-28 Boxing Day", "2027-12-27 Christmas Day", "2027-12-28 Boxing Day",
        ], ShippedData.Holidays.Where(h => h.IsSubstitute).Select(h => $"{h.Date:yyyy-MM-dd} {h.Title}"));
    }

    [Fact]
    public void ShippedFile_HasEightHolidaysAYearPlusTheOneOffs()
    {
        var perYear = ShippedData.Holidays.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(2018, 10), perYear.Keys.Order());
        Assert.Equal(10, perYear[2022]);
        Assert.Equal(9, perYear[2023]);
        Assert.All(perYear.Where(p => p.Key is not (2022 or 2023)), p => Assert.Equal(8, p.Value));
    }

    [Fact]
    public void Parse_ValidFile_ReadsYearsAndEventsInDateOrder()
    {
        // GOV.UK's extra fields (bunting) are ignored, so its events can be pasted in.
        var data = BankHolidayData.Parse(Json(Year2030.Replace("\"Boxing Day\"", "\"Boxing Day\",\"bunting\":true")), "test.json");
        Assert.Equal((2030, 2030), (data.FirstYear, data.LastYear));
        Assert.Equal(8, data.Holidays.Count);
        Assert.Equal(data.Holidays.OrderBy(h => h.Date), data.Holidays);
        Assert.Equal("Boxing Day", data.Holidays.Single(h => h.Date == D("2030-12-26")).Title);
    }

    [Theory]
    [InlineData("""{"division":"scotland","firstYear":2030,"lastYear":2030,"events":[]}""", "division")]
    [InlineData("""{"firstYear":2030,"lastYear":2030,"events":[]}""", "division is missing")]
    [InlineData("""{"division":"england-and-wales","lastYear":2030,"events":[]}""", "firstYear is missing")]
    [InlineData("""{"division":"england-and-wales","firstYear":"2030","lastYear":2030,"events":[]}""", "firstYear must be a year")]
    [InlineData("""{"division":"england-and-wales","firstYear":2031,"lastYear":2030,"events":[]}""", "lastYear 2030 is before firstYear 2031")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030}""", "events is missing")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-13-01","title":"X"}]}""", "events[0].date \"2030-13-01\" is not a date")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"01/01/2030","title":"X"}]}""", "events[0].date")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"title":"X"}]}""", "events[0].date is missing")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-01-01"}]}""", "events[0].title is missing")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-01-01","title":"  "}]}""", "events[0].title is empty")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-01-01","title":"X","notes":5}]}""", "events[0].notes must be a string")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2031-01-01","title":"X"}]}""", "events[0].date 2031-01-01 is outside")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-01-05","title":"X"}]}""", "events[0].date 2030-01-05 is a Saturday")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-01-01","title":"X"},{"date":"2030-01-01","title":"Y"}]}""", "events[1].date 2030-01-01 is listed twice")]
    [InlineData("""{"division":"england-and-wales","firstYear":2030,"lastYear":2030,"events":[{"date":"2030-01-01","title":"X"}]}""", "2030 has 1 bank holidays")]
    [InlineData("""{"division":"england-and-wales",""", "not valid JSON")]
    [InlineData("""[]""", "(root) must be an object")]
    public void Parse_BadData_NamesTheFileAndTheField(string json, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => BankHolidayData.Parse(json, "calendar/test.json"));
        Assert.StartsWith("calendar/test.json: ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Parse_AYearWithMissingDays_IsRefused()
    {
        var json = Json(Year2030, lastYear: 2031);
        var e = Assert.Throws<InvalidDataException>(() => BankHolidayData.Parse(json, "x.json"));
        Assert.Contains("2031 has 0 bank holidays", e.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        var path = System.IO.Path.Combine(TestPaths.Content, "calendar", "no-such-file.json");
        var e = Assert.Throws<InvalidDataException>(() => BankHolidayData.Load(path));
        Assert.Contains(path, e.Message);
    }

    const string Year2030 = """
        {"date":"2030-01-01","title":"New Year’s Day"},{"date":"2030-04-19","title":"Good Friday"},
        {"date":"2030-04-22","title":"Easter Monday"},{"date":"2030-05-06","title":"Early May bank holiday"},
        {"date":"2030-05-27","title":"Spring bank holiday"},{"date":"2030-08-26","title":"Summer bank holiday"},
        {"date":"2030-12-26","title":"Boxing Day","notes":""},{"date":"2030-12-25","title":"Christmas Day"}
        """;

    static string Json(string events, int lastYear = 2030) =>
        $$"""{"division":"england-and-wales","firstYear":2030,"lastYear":{{lastYear}},"events":[{{events}}]}""";
}
