using System.Security.Cryptography;
using System.Text;
using Voice.Data.Calendar;

namespace Voice.Data.Complaints;

/// <summary>One clock of a complaint as it stands: when it started, when it is due, whether it is done.</summary>
public sealed record ComplaintClock(ComplaintStep Step, Deadline Deadline, DateOnly? CompletedOn)
{
    public bool IsOpen => CompletedOn is null;
    /// <summary>Staff deadlines; request windows belong to the complainant.</summary>
    public bool IsStaffDeadline => !Deadline.Timescale.IsRequestWindow;
}

/// <summary>
/// Works out every clock a complaint has started from its recorded facts, and keeps the stored
/// deadlines (and the queue columns on the complaint) in step with them.
/// </summary>
public static class ComplaintClocks
{
    public static IReadOnlyList<ComplaintClock> Calculate(Complaint c, DeadlineCalculator calc, DateOnly today)
    {
        var scales = ComplaintTimescales.For(c.Route);
        var clocks = new List<ComplaintClock>();
        void Add(ComplaintStep step, DateOnly? start, DateOnly? completed, int extension = 0)
        {
            if (start is not { } s || !scales.Has(step)) return;
            var pauses = c.Pauses.Where(p => p.Step == step)
                .Select(p => new ClockPause(p.PausedOn, p.ResumedOn, p.Reason)).ToList();
            clocks.Add(new ComplaintClock(step, calc.Calculate(scales[step], s, extension, pauses, Max(today, s)), completed));
        }

        Add(ComplaintStep.Acknowledgement, c.ReceivedOn, c.AcknowledgedOn);
        Add(ComplaintStep.Stage1Response, c.ReceivedOn, c.Stage1RespondedOn, c.Stage1ExtensionDays);
        if (c.Stage1RespondedOn is { } s1) Add(ComplaintStep.Stage2Request, s1, c.Stage2?.RequestedOn);
        if (c.Stage2 is { } s2 && s2.LateDecision != LateDecision.Refused)
        {
            Add(ComplaintStep.Stage2Response, s2.StatementAgreedOn ?? s2.RequestedOn, s2.RespondedOn, s2.ExtensionDays);
            if (s2.RespondedOn is { } r2) Add(ComplaintStep.Stage3Request, r2, c.Panel?.RequestedOn);
        }
        if (c.Panel is { } p && p.LateDecision != LateDecision.Refused)
        {
            Add(ComplaintStep.PanelMeeting, p.RequestedOn, p.MeetingOn);
            if (p.MeetingOn is { } met) Add(ComplaintStep.PanelReport, met, p.ReportSentOn);
            if (p.ReportSentOn is { } rep) Add(ComplaintStep.FinalResponse, rep, p.FinalResponseOn);
        }
        return clocks;
    }

    /// <summary>Stores the clocks as deadlines (recording the calendar version) and sets the complaint's queue columns.</summary>
    public static IReadOnlyList<ComplaintClock> Refresh(Complaint c, DeadlineCalculator calc, DateOnly today, DateTime now)
    {
        var clocks = Calculate(c, calc, today);
        foreach (var clock in clocks)
        {
            var row = c.Deadlines.FirstOrDefault(d => d.Step == clock.Step);
            if (row is null) c.Deadlines.Add(row = new ComplaintDeadline { Step = clock.Step });
            var d = clock.Deadline;
            if (row.DueOn != d.Due || row.StartOn != d.Start || row.CompletedOn != clock.CompletedOn || row.IsPaused != d.IsPaused
                || row.ExtensionDays != d.ExtensionWorkingDays || row.PausedDays != d.PausedWorkingDays || row.CalendarVersion != d.CalendarVersion)
            {
                row.StartOn = d.Start;
                row.DueOn = d.Due;
                row.HalfwayOn = d.HalfwayOn;
                row.EightyPercentOn = d.EightyPercentOn;
                row.ExtensionDays = d.ExtensionWorkingDays;
                row.PausedDays = d.PausedWorkingDays;
                row.IsPaused = d.IsPaused;
                row.CompletedOn = clock.CompletedOn;
                row.CalendarVersion = d.CalendarVersion;
                row.CalculatedAt = now;
            }
        }
        // A clock whose starting fact was removed (a corrected date) no longer runs.
        c.Deadlines.RemoveAll(d => clocks.All(k => k.Step != d.Step));

        var next = c.IsFinished ? null : clocks.Where(k => k.IsOpen && k.IsStaffDeadline).MinBy(k => k.Deadline.Due);
        c.NextDueOn = next?.Deadline.Due;
        c.NextDueStep = next?.Step.ToString();
        c.NextAmberOn = next is null ? null : AmberFrom(next.Deadline, calc);
        c.IsPaused = !c.IsFinished && clocks.Any(k => k.IsOpen && k.Deadline.IsPaused);
        c.CalendarVersion = calc.CalendarVersion;
        return clocks;
    }

    /// <summary>The first day the queue shows the deadline amber.</summary>
    static DateOnly AmberFrom(Deadline d, DeadlineCalculator calc)
    {
        for (var day = d.DayZero; day < d.Due; day = day.AddDays(1))
            if (calc.Status(d, day) == DeadlineStatus.Amber) return day;
        return d.Due;
    }

    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
