namespace Voice.Data.Calendar;

/// <summary>
/// "Now" and "today in England", built on <see cref="TimeProvider"/> so tests can move time.
/// The only code that knows the service runs on UK time (Europe/London, with British Summer
/// Time). Instants are stored in UTC; days (due dates, expiry dates) are days in England, so a
/// day starts at local midnight, not at 00:00 UTC (which is 01:00 in summer).
/// </summary>
public sealed class UkClock(TimeProvider time)
{
    public const string TimeZoneId = "Europe/London";

    static readonly Lazy<TimeZoneInfo> Zone = new(() =>
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId); }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException(
                $"The time zone {TimeZoneId} was not found. Install the tzdata package (apt-get install tzdata) or set TZDIR.", e);
        }
    });

    /// <summary>The UK time zone. Throws with a fix-it message when the machine has no time zone data.</summary>
    public static TimeZoneInfo London => Zone.Value;

    /// <summary>Called at start-up: the app refuses to run without time zone data rather than count days in UTC.</summary>
    public static void EnsureTimeZoneData() => _ = London;

    public TimeProvider Time { get; } = time;

    /// <summary>This instant.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>This instant as a UTC <see cref="DateTime"/>, as stored.</summary>
    public DateTime UtcNow => Now.UtcDateTime;

    /// <summary>Today's date in England.</summary>
    public DateOnly Today => DateOf(Now);

    /// <summary>The date in England at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>The date in England at a stored UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>A stored UTC instant as UK wall-clock time, for showing to people.</summary>
    public static DateTime ToUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>The UTC instant of a wall-clock time in England on a day (for "by 5pm").</summary>
    public static DateTime UtcAt(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), London);

    /// <summary>How staff pages show an instant: "26 November 2026 at 2:05pm", in UK time.</summary>
    public static string Format(DateTime utc)
    {
        var uk = ToUk(utc);
        return $"{uk:d MMMM yyyy} at {uk.ToString("h:mm", System.Globalization.CultureInfo.InvariantCulture)}{(uk.Hour < 12 ? "am" : "pm")}";
    }
}
