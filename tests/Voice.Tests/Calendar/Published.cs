using Voice.Data.Calendar;

namespace Voice.Tests.Calendar;

/// <summary>The shipped calendar, loaded once: the tests check the real file, not a copy.</summary>
static class Published
{
    public static string Path { get; } = System.IO.Path.Combine(TestPaths.Content, "calendar", "england-and-wales.json");

    static readonly Lazy<BankHolidayData> data = new(() => BankHolidayData.Load(Path));
    static readonly Lazy<WorkingDayCalendar> calendar = new(() => new WorkingDayCalendar(ShippedData));

    public static BankHolidayData ShippedData => data.Value;
    public static WorkingDayCalendar ShippedCalendar => calendar.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
