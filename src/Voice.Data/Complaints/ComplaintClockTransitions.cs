namespace Voice.Data.Complaints;

/// <summary>How much longer a response may take: the step, its timescale and the working days still allowed.</summary>
public sealed record ExtensionRoom(ComplaintStep Step, Timescale Scale, int DaysLeft);

/// <summary>The transitions that stop, restart or lengthen a complaint's clocks.</summary>
public static partial class ComplaintTransitions
{
    /// <summary>
    /// Pauses the staff clock that is running, for court, tribunal or police proceedings that
    /// considering the complaint could prejudice (2006 Regulations, reg 8; PRODUCT.md section 2).
    /// Waiting for an advocate pauses through <see cref="ComplaintAction.Advocacy"/>, not here.
    /// </summary>
    public static ComplaintChange Pause(this Complaint c, DateOnly on, string proceedings)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        if (c.Pauses.Any(p => p.ResumedOn is null)) throw new ComplaintRuleException("The clock is already paused");
        var step = c.RunningStep() ?? throw new ComplaintRuleException("No clock is running, so there is nothing to pause");
        if (on < c.ReceivedOn) throw new ComplaintRuleException($"The clock cannot stop before the complaint was received ({c.ReceivedOn:d MMMM yyyy})");
        c.Pauses.Add(new ComplaintPause { Step = step, Reason = PauseReason.LegalProceedings, Detail = proceedings, PausedOn = on });
        return new ComplaintChange("Paused", "We have paused your complaint because of court or police proceedings", proceedings, Public: true);
    }

    /// <summary>Restarts the paused clock on or after the day it stopped (reg 8: the time limits run again when the proceedings end).</summary>
    public static (ComplaintPause Pause, ComplaintChange Change) Resume(this Complaint c, DateOnly on)
    {
        var pause = c.OpenPause() ?? throw new ComplaintRuleException("The clock is not paused");
        if (on < pause.PausedOn) throw new ComplaintRuleException($"The clock cannot restart before it stopped ({pause.PausedOn:d MMMM yyyy})");
        pause.ResumedOn = on;
        // An advocate appointed ends a pause for advocacy (Children Act 1989 s26A).
        if (pause.Reason == PauseReason.AwaitingAdvocate) c.AdvocateAppointedOn ??= on;
        return (pause, new ComplaintChange("Restarted", "The time limit has restarted", Public: true));
    }

    /// <summary>The pause in force, if any.</summary>
    public static ComplaintPause? OpenPause(this Complaint c) => c.Pauses.FirstOrDefault(p => p.ResumedOn is null);

    /// <summary>
    /// The response deadline that can still be extended and by how much: Stage 1 may take up to 20
    /// working days and Stage 2 up to 65 in all (2006 Regulations, as tabled in PRODUCT.md section 2;
    /// the corporate route has its own limits, see <see cref="ComplaintTimescales"/>).
    /// </summary>
    public static ExtensionRoom? ExtensionLeft(this Complaint c)
    {
        if (c.IsFinished || c.ExtendableStep() is not { } step) return null;
        var scale = ComplaintTimescales.For(c.Route)[step];
        var used = step == ComplaintStep.Stage1Response ? c.Stage1ExtensionDays : c.Stage2!.ExtensionDays;
        return new ExtensionRoom(step, scale, scale.MaximumExtension - used);
    }

    /// <summary>
    /// Extends the response deadline by whole working days within the maximum, works the clocks out
    /// again and records the extension with the new date. The complainant must be told the new date
    /// and why ("Getting the Best from Complaints": an extension is agreed with the complainant).
    /// </summary>
    public static (ComplaintExtension Extension, ComplaintChange Change) Extend(this Complaint c, int days, string reason,
        DeadlineCalculator calc, DateOnly today, DateTime now, string byName)
    {
        var room = c.ExtensionLeft() ?? throw new ComplaintRuleException("There is no response deadline that can be extended");
        if (days < 1) throw new ComplaintRuleException("An extension is at least one working day");
        if (days > room.DaysLeft) throw new ComplaintRuleException($"{room.Scale.Name} cannot take more than {room.Scale.MaximumWorkingDays} working days");
        if (room.Step == ComplaintStep.Stage1Response) c.Stage1ExtensionDays += days; else c.Stage2!.ExtensionDays += days;
        ComplaintClocks.Refresh(c, calc, today, now);
        var newDue = c.Deadlines.First(d => d.Step == room.Step).DueOn;
        var extension = new ComplaintExtension
        {
            Step = room.Step, WorkingDays = days, Reason = reason, NewDueOn = newDue, ComplainantTold = true, At = now, ByName = byName,
        };
        c.Extensions.Add(extension);
        return (extension, new ComplaintChange("Extended", PublicUpdates.Extended(newDue), reason, Public: true));
    }
}
