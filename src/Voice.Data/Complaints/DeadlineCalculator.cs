using System.Globalization;
using Voice.Data.Calendar;

namespace Voice.Data.Complaints;

/// <summary>The only reasons a complaint clock may stop and restart.</summary>
public enum PauseReason
{
    /// <summary>Waiting for an advocate to be appointed (Stage 1 only).</summary>
    AwaitingAdvocate,
    /// <summary>Court, tribunal or police proceedings that considering the complaint could prejudice (reg 8).</summary>
    LegalProceedings,
}

/// <summary>
/// A stopped clock. The working days after <paramref name="PausedOn"/> up to and including
/// <paramref name="ResumedOn"/> are not counted: the pause day still counts, and the restart
/// day is treated like the day of receipt. <paramref name="ResumedOn"/> is null while paused.
/// </summary>
public sealed record ClockPause(DateOnly PausedOn, DateOnly? ResumedOn, PauseReason Reason);

public enum DeadlineStatus
{
    OnTrack,
    /// <summary>80% of the allowance has gone, or the due date is within the warning period.</summary>
    Amber,
    DueToday,
    Overdue,
    /// <summary>The clock is stopped; the due date will move when it restarts.</summary>
    Paused,
}

/// <summary>A calculated due date, with everything needed to reproduce and explain it.</summary>
/// <param name="DayZero">The working day the count starts from (see <see cref="WorkingDayCalendar.StartDay"/>).</param>
/// <param name="PausedWorkingDays">Working days not counted because the clock was paused; the due date moved out by this many.</param>
/// <param name="IsPaused">A pause is still open, so <see cref="Due"/> assumes the clock restarts on the date the calculation was made for.</param>
/// <param name="HalfwayOn">The day 50% of the allowance has been used.</param>
/// <param name="EightyPercentOn">The day 80% of the allowance has been used.</param>
public sealed record Deadline(
    Timescale Timescale,
    DateOnly Start,
    DateOnly DayZero,
    int ExtensionWorkingDays,
    int PausedWorkingDays,
    bool IsPaused,
    DateOnly Due,
    DateOnly HalfwayOn,
    DateOnly EightyPercentOn,
    string CalendarVersion)
{
    public int AllowanceWorkingDays => Timescale.WorkingDays + ExtensionWorkingDays;

    public bool WasMetBy(DateOnly completedOn) => completedOn <= Due;
}

/// <summary>Whether a request for the next stage came within its window.</summary>
/// <param name="WorkingDaysLate">0 when in time. A request made on a non-working day counts as made on the next working day.</param>
public sealed record RequestCheck(
    Timescale Window,
    DateOnly ResponseReceivedOn,
    DateOnly RequestedOn,
    DateOnly WindowCloses,
    bool IsLate,
    int WorkingDaysLate,
    string CalendarVersion);

/// <summary>
/// Due dates for complaint clocks: the allowance counted in working days from day 0, plus any
/// extension, pushed out by paused working days.
/// </summary>
/// <param name="amberWithinWorkingDays">A clock turns amber when this many working days or fewer remain (or 80% has gone).</param>
public sealed class DeadlineCalculator(WorkingDayCalendar calendar, int amberWithinWorkingDays = 2)
{
    readonly WorkingDayCalendar calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    readonly int amberWithin = amberWithinWorkingDays >= 0
        ? amberWithinWorkingDays
        : throw new ArgumentOutOfRangeException(nameof(amberWithinWorkingDays), amberWithinWorkingDays, "Cannot be negative.");

    public string CalendarVersion => calendar.Version;

    /// <param name="start">The date of the event that starts the clock (<see cref="Timescale.StartsFrom"/>).</param>
    /// <param name="extensionWorkingDays">Working days added to the allowance; at most <see cref="Timescale.MaximumExtension"/>.</param>
    /// <param name="pauses">In any order; they must not overlap, and only the latest may be open.</param>
    /// <param name="today">Needed only while a pause is open: the due date is then worked out as if the clock restarted today.</param>
    /// <exception cref="ArgumentException">The extension is beyond the maximum, or a pause is not allowed for this clock or does not fit it.</exception>
    public Deadline Calculate(Timescale timescale, DateOnly start, int extensionWorkingDays = 0,
        IReadOnlyCollection<ClockPause>? pauses = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(timescale);
        CheckExtension(timescale, extensionWorkingDays);

        var dayZero = calendar.StartDay(start);
        var allowance = timescale.WorkingDays + extensionWorkingDays;
        var stops = CheckPauses(timescale, start, dayZero, allowance, pauses ?? [], today);

        var paused = stops.Sum(s => Math.Max(0, calendar.CountWorkingDays(Max(s.From, dayZero), s.To)));
        return new Deadline(
            timescale, start, dayZero, extensionWorkingDays, paused,
            IsPaused: stops.Any(s => s.Open),
            Due: DateWhenUsed(allowance, dayZero, stops),
            HalfwayOn: DateWhenUsed(PercentOf(allowance, 50), dayZero, stops),
            EightyPercentOn: DateWhenUsed(PercentOf(allowance, 80), dayZero, stops),
            CalendarVersion: calendar.Version);
    }

    /// <summary>
    /// The one deadline status every page shows (the queue, the staff complaint page and the
    /// complainant's tracking page): amber from 80% of the time used or within the warning period.
    /// </summary>
    public DeadlineStatus Status(Deadline deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return Status(deadline.Due, deadline.EightyPercentOn, deadline.IsPaused, today);
    }

    /// <summary>The status of a stored deadline, by the same rule.</summary>
    public DeadlineStatus Status(ComplaintDeadline deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return Status(deadline.DueOn, deadline.EightyPercentOn, deadline.IsPaused, today);
    }

    DeadlineStatus Status(DateOnly due, DateOnly eightyPercentOn, bool isPaused, DateOnly today)
    {
        if (isPaused) return DeadlineStatus.Paused;
        if (today > due) return DeadlineStatus.Overdue;
        if (today == due) return DeadlineStatus.DueToday;
        if (today >= eightyPercentOn || calendar.CountWorkingDays(today, due) <= amberWithin)
            return DeadlineStatus.Amber;
        return DeadlineStatus.OnTrack;
    }

    /// <summary>
    /// The same status from the queue's stored columns: <paramref name="amberFrom"/> is the first
    /// amber day, worked out by <see cref="Status(Deadline, DateOnly)"/> when the clocks were saved,
    /// so a list of 100,000 complaints needs no calendar.
    /// </summary>
    public static DeadlineStatus QueueStatus(DateOnly due, DateOnly? amberFrom, bool isPaused, DateOnly today) =>
        isPaused ? DeadlineStatus.Paused
        : today > due ? DeadlineStatus.Overdue
        : today == due ? DeadlineStatus.DueToday
        : amberFrom is { } amber && amber <= today ? DeadlineStatus.Amber
        : DeadlineStatus.OnTrack;

    /// <summary>Whether a request for Stage 2 or 3 came within the window that opened when the previous response was received.</summary>
    public RequestCheck CheckRequest(Timescale window, DateOnly responseReceivedOn, DateOnly requestedOn)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (!window.IsRequestWindow)
            throw new ArgumentException($"{window.Name} is not a request window.", nameof(window));
        if (requestedOn < responseReceivedOn)
            throw new ArgumentException($"The request on {Iso(requestedOn)} is before the response it follows was received on {Iso(responseReceivedOn)}.", nameof(requestedOn));

        var closes = Calculate(window, responseReceivedOn).Due;
        var effective = calendar.StartDay(requestedOn);
        var late = Math.Max(0, calendar.CountWorkingDays(closes, effective));
        return new RequestCheck(window, responseReceivedOn, requestedOn, closes, late > 0, late, calendar.Version);
    }

    readonly record struct Stop(DateOnly From, DateOnly To, bool Open);

    /// <summary>The day the <paramref name="workingDays"/>th counted working day after day 0 falls on, skipping paused days.</summary>
    DateOnly DateWhenUsed(int workingDays, DateOnly dayZero, IReadOnlyList<Stop> stops)
    {
        var day = dayZero;
        for (var counted = 0; counted < workingDays;)
        {
            day = calendar.NextWorkingDay(day);
            if (!stops.Any(s => day > s.From && day <= s.To)) counted++;
        }
        return day;
    }

    static int PercentOf(int workingDays, int percent) => (workingDays * percent + 99) / 100;

    static void CheckExtension(Timescale timescale, int extensionWorkingDays)
    {
        if (extensionWorkingDays < 0)
            throw new ArgumentOutOfRangeException(nameof(extensionWorkingDays), extensionWorkingDays, "An extension cannot be negative.");
        if (extensionWorkingDays == 0) return;
        if (timescale.MaximumExtension == 0)
            throw new ArgumentException($"{Describe(timescale)} cannot be extended.", nameof(extensionWorkingDays));
        if (extensionWorkingDays > timescale.MaximumExtension)
            throw new ArgumentException(
                $"{Describe(timescale)} can be extended by at most {timescale.MaximumExtension} working days " +
                $"({timescale.MaximumWorkingDays} in all); an extension of {extensionWorkingDays} would make {timescale.WorkingDays + extensionWorkingDays}.",
                nameof(extensionWorkingDays));
    }

    List<Stop> CheckPauses(Timescale timescale, DateOnly start, DateOnly dayZero, int allowance,
        IReadOnlyCollection<ClockPause> pauses, DateOnly? today)
    {
        var stops = new List<Stop>();
        var ordered = pauses.OrderBy(p => p.PausedOn).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var pause = ordered[i];
            var what = $"The pause from {Iso(pause.PausedOn)}";

            if (!Allowed(timescale, pause.Reason))
                throw new ArgumentException(
                    $"{Describe(timescale)} cannot be paused for {Reason(pause.Reason)}" +
                    (pause.Reason == PauseReason.AwaitingAdvocate ? " (only the Stage 1 response can)." : "."), nameof(pauses));
            if (pause.PausedOn < start)
                throw new ArgumentException($"{what} starts before the clock did ({Iso(start)}).", nameof(pauses));
            if (stops.Count > 0 && pause.PausedOn < stops[^1].To)
                throw new ArgumentException($"{what} overlaps the pause before it, which ran to {Iso(stops[^1].To)}.", nameof(pauses));

            DateOnly to;
            if (pause.ResumedOn is { } resumed)
            {
                if (resumed < pause.PausedOn)
                    throw new ArgumentException($"{what} ends on {Iso(resumed)}, before it started.", nameof(pauses));
                to = resumed;
            }
            else
            {
                if (i != ordered.Count - 1)
                    throw new ArgumentException($"{what} is still open, but a later pause exists; only the latest pause can be open.", nameof(pauses));
                if (today is not { } now)
                    throw new ArgumentException($"{what} is still open; give today's date to work out the due date.", nameof(today));
                if (now < pause.PausedOn)
                    throw new ArgumentException($"{what} starts after today ({Iso(now)}).", nameof(today));
                to = now;
            }

            // Once the allowance has run out there is nothing left to pause.
            var dueSoFar = DateWhenUsed(allowance, dayZero, stops);
            if (pause.PausedOn >= dueSoFar)
                throw new ArgumentException($"{what} starts on or after the due date {Iso(dueSoFar)}, when the time had already run out.", nameof(pauses));

            stops.Add(new Stop(pause.PausedOn, to, pause.ResumedOn is null));
        }
        return stops;
    }

    static bool Allowed(Timescale timescale, PauseReason reason) => reason switch
    {
        PauseReason.AwaitingAdvocate => timescale.Step == ComplaintStep.Stage1Response,
        PauseReason.LegalProceedings => !timescale.IsRequestWindow && timescale.Step != ComplaintStep.Acknowledgement,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown pause reason."),
    };

    static string Reason(PauseReason reason) => reason switch
    {
        PauseReason.AwaitingAdvocate => "an advocate to be appointed",
        _ => "legal proceedings",
    };

    static string Describe(Timescale t) => $"{t.Name} ({t.Route.ToString().ToLowerInvariant()} route)";
    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public static class DeadlineStatusLabels
{
    /// <summary>The words every page uses for a status.</summary>
    public static string Label(this DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => "On track",
        DeadlineStatus.Amber => "Due soon",
        DeadlineStatus.DueToday => "Due today",
        DeadlineStatus.Overdue => "Overdue",
        _ => "Paused",
    };
}
