using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Calendar;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure;

namespace Voice.Web.Api;

/// <summary>
/// The working-day calendar in force, read-only: the published bank holidays (content/calendar,
/// checked at start-up) plus the administrators' adjustments from the database. Built once and shared; each node re-reads the
/// (tiny) adjustments table at most every <see cref="RecheckAfter"/>, and at once after a change
/// made on this node, so every node follows an administrator's change within that time.
/// </summary>
public class CalendarService(VoicePaths paths, Voice.Data.Calendar.UkClock clock)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);
    public const int AmberWithinWorkingDays = 2;

    sealed record Cached(string Key, WorkingDayCalendar Calendar, DateTime CheckedAt);

    readonly Lazy<BankHolidayData> published = new(() =>
        BankHolidayData.Load(Path.Combine(paths.Content, "calendar", BankHolidayData.Division + ".json")));
    volatile Cached? current;

    public BankHolidayData Published => published.Value;

    public async Task<WorkingDayCalendar> GetAsync(VoiceDbContext db, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var snap = current;
        if (snap is not null && now >= snap.CheckedAt && now - snap.CheckedAt < RecheckAfter) return snap.Calendar;

        var rows = await db.CalendarAdjustments.AsNoTracking().OrderBy(a => a.Date).ToListAsync(ct);
        var key = Key(rows);
        if (snap is not null && snap.Key == key)
        {
            current = snap with { CheckedAt = now };
            return snap.Calendar;
        }
        var calendar = new WorkingDayCalendar(Published, rows.Select(r => r.ToAdjustment()));
        current = new Cached(key, calendar, now);
        return calendar;
    }

    /// <summary>
    /// At start-up: reads (and so validates) the published bank holidays, and records the calendar
    /// version in force if no node has yet (a fresh install, or new published data). Reads never
    /// write; after this, only the administrators' calendar page adds versions.
    /// </summary>
    public async Task RecordVersionInForceAsync(VoiceDbContext db, CancellationToken ct = default)
    {
        var rows = await db.CalendarAdjustments.AsNoTracking().OrderBy(a => a.Date).ToListAsync(ct);
        var calendar = new WorkingDayCalendar(Published, rows.Select(r => r.ToAdjustment()));
        await RecordVersionAsync(db, calendar.Version, Snapshot(rows), "Published bank holidays loaded", "system", ct);
    }

    /// <summary>Adds a calendar version row unless that version is recorded already (versions are unique; a version can come back when a change is undone).</summary>
    public async Task<bool> RecordVersionAsync(VoiceDbContext db, string version, string adjustmentsJson, string change, string by, CancellationToken ct = default)
    {
        if (await db.CalendarVersions.AnyAsync(v => v.Version == version, ct)) return false;
        db.CalendarVersions.Add(new CalendarVersionRecord
        {
            Version = version, AdjustmentsJson = adjustmentsJson, Change = change, CreatedAt = clock.UtcNow, CreatedBy = by,
        });
        return true;
    }

    public async Task<DeadlineCalculator> CalculatorAsync(VoiceDbContext db, CancellationToken ct = default) =>
        new(await GetAsync(db, ct), AmberWithinWorkingDays);

    /// <summary>Builds the calendar a set of adjustments would give, without keeping it.</summary>
    public WorkingDayCalendar With(IEnumerable<CalendarAdjustmentRecord> rows) => new(Published, rows.Select(r => r.ToAdjustment()));

    /// <summary>Forget the cached calendar, after a change on this node.</summary>
    public void Invalidate() => current = null;

    public static string Snapshot(IEnumerable<CalendarAdjustmentRecord> rows) =>
        JsonSerializer.Serialize(rows.OrderBy(r => r.Date).Select(r => new { date = r.Date, kind = r.Kind.ToString(), title = r.Title }));

    static string Key(IEnumerable<CalendarAdjustmentRecord> rows) =>
        string.Join("\n", rows.Select(r => $"{r.Date:yyyy-MM-dd}|{r.Kind}|{r.Title}"));

    public DateOnly Today => clock.Today;
}
