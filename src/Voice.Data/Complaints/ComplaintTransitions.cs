namespace Voice.Data.Complaints;

/// <summary>Something a transition did, to be written to the complaint's timeline (and the audit log).</summary>
public sealed record ComplaintChange(string Kind, string Summary, string? Detail = null, bool Public = false);

/// <summary>A transition that is not allowed for the complaint as it stands.</summary>
public sealed class ComplaintRuleException(string message) : InvalidOperationException(message);

/// <summary>
/// The complaint's own rules for moving between stages, used by the staff pages and the
/// complainant's tracking page alike. Each transition checks it is allowed, changes the
/// complaint, and returns what to record on the timeline; callers never set these state fields
/// themselves. The rules come from the Children Act 1989 Representations Procedure (England)
/// Regulations 2006 and its guidance "Getting the Best from Complaints" (DfES, 2006), for the
/// statutory route, and the LGSCO Complaint Handling Code for the corporate route, as summarised
/// in PRODUCT.md section 2.
/// </summary>
public static partial class ComplaintTransitions
{
    /// <summary>
    /// The stage the complainant may ask for now, if any. Stage 2 follows a Stage 1 response; Stage 3,
    /// the review panel, follows a Stage 2 adjudication on the statutory route only (2006
    /// Regulations: a review panel is the third stage of the statutory procedure). The corporate
    /// procedure has two stages (LGSCO Complaint Handling Code).
    /// </summary>
    public static int? NextStageOpen(this Complaint c) =>
        c.Status != ComplaintStatus.Responded ? null
        : c.Stage == 1 && c.Stage1RespondedOn is not null ? 2
        : c.Stage == 2 && c.Route == ComplaintRoute.Statutory && c.Stage2?.RespondedOn is not null ? 3
        : null;

    /// <summary>
    /// Starts the next stage on the complainant's request. A request after the window (20 working
    /// days from the response, 2006 Regulations) is not refused here: the complaint waits for a
    /// manager's decision, because late requests are at the council's discretion (PRODUCT.md section 2).
    /// </summary>
    public static (int Stage, bool Late, ComplaintChange Change) RequestNextStage(this Complaint c, DateOnly requestedOn, string? reason, DeadlineCalculator calc)
    {
        var stage = c.NextStageOpen() ?? throw new ComplaintRuleException("The complainant cannot ask for another stage now");
        var respondedOn = stage == 2 ? c.Stage1RespondedOn!.Value : c.Stage2!.RespondedOn!.Value;
        if (requestedOn < respondedOn) throw new ComplaintRuleException($"The request cannot be before the Stage {stage - 1} response ({respondedOn:d MMMM yyyy})");
        var windowStep = stage == 2 ? ComplaintStep.Stage2Request : ComplaintStep.Stage3Request;
        var scales = ComplaintTimescales.For(c.Route);
        var late = scales.Has(windowStep) && calc.CheckRequest(scales[windowStep], respondedOn, requestedOn).IsLate;
        if (stage == 2) c.Stage2 = new ComplaintStage2 { ComplaintId = c.Id, RequestedOn = requestedOn, RequestWasLate = late, RequestReason = reason };
        else c.Panel = new ComplaintPanel { ComplaintId = c.Id, RequestedOn = requestedOn, RequestWasLate = late, RequestReason = reason };
        c.Stage = stage;
        c.Status = late ? ComplaintStatus.AwaitingDecision : ComplaintStatus.Open;
        var what = stage == 2 ? "Stage 2" : "a review panel";
        return (stage, late, new ComplaintChange($"Stage {stage} requested",
            late ? $"You asked for {what} after the time limit. A complaints manager will decide and tell you" : $"You asked for {what}",
            reason, Public: true));
    }

    /// <summary>
    /// The complainant may withdraw at any time before the complaint is finished ("Getting the Best
    /// from Complaints": a complaint may be withdrawn at any stage).
    /// </summary>
    public static ComplaintChange Withdraw(this Complaint c, DateOnly on, string? reason)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is already finished");
        c.Status = ComplaintStatus.Withdrawn;
        c.WithdrawnOn = on;
        return new ComplaintChange("Withdrawn", "You withdrew your complaint", reason, Public: true);
    }

    /// <summary>The complainant may add information while the complaint is open (PRODUCT.md section 2: the tracking page lets them add information).</summary>
    public static ComplaintChange AddInformation(this Complaint c, string information)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished: information cannot be added");
        return new ComplaintChange("Information added", "You added information", information, Public: true);
    }

    /// <summary>
    /// Records the acknowledgement, once, on or after the day the complaint was received; it is due
    /// within 3 working days, a council standard rather than a statutory one (PRODUCT.md section 2).
    /// </summary>
    public static ComplaintChange Acknowledge(this Complaint c, DateOnly on, string? message)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        if (c.AcknowledgedOn is not null) throw new ComplaintRuleException("The complaint has already been acknowledged");
        if (on < c.ReceivedOn) throw new ComplaintRuleException($"The acknowledgement cannot be before the complaint was received ({c.ReceivedOn:d MMMM yyyy})");
        c.AcknowledgedOn = on;
        return new ComplaintChange("Acknowledged", "We acknowledged your complaint", message, Public: true);
    }

    /// <summary>Staff close an unfinished complaint with a reason, recorded on the timeline (the 2006 Regulations require a record of each complaint and its outcome).</summary>
    public static ComplaintChange Close(this Complaint c, DateOnly on, string reason)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is already finished");
        c.Status = ComplaintStatus.Closed;
        c.ClosedOn = on;
        return new ComplaintChange("Closed", "Your complaint is closed", reason, Public: true);
    }
}
