namespace Voice.Data.Complaints;

/// <summary>Everything staff can do to a complaint; each is one form in the staff area.</summary>
public enum ComplaintAction
{
    Assign, Route, Split, Acknowledge, Advocacy, Pause, Resume, Extend, Point, Respond, Stage2, Panel, PanelReport,
    DecideLate, Remedy, Learning, LearningStatus, Ombudsman, Correct, Close, ReissueCode,
}

/// <summary>Who is acting: some decisions are for complaints managers only.</summary>
public enum ComplaintRole { Officer, Manager }

/// <summary>
/// What the staff pages may offer for a complaint as it stands, and the clocks the rules act on.
/// The pages ask here instead of deciding themselves (rules as in <see cref="ComplaintTransitions"/>).
/// </summary>
public static class ComplaintActions
{
    /// <summary>The actions the UI may offer this role now.</summary>
    public static IReadOnlyList<ComplaintAction> AvailableActions(this Complaint c, ComplaintRole role) =>
        Enum.GetValues<ComplaintAction>().Where(a => c.Allows(a, role)).ToList();

    /// <summary>What the action is called on its link and its page.</summary>
    public static string Label(this ComplaintAction a) => a switch
    {
        ComplaintAction.Assign => "Assign an officer",
        ComplaintAction.Route => "Decide the route",
        ComplaintAction.Split => "Split the complaint",
        ComplaintAction.Acknowledge => "Record the acknowledgement",
        ComplaintAction.Advocacy => "Record advocacy",
        ComplaintAction.Pause => "Pause for court or police proceedings",
        ComplaintAction.Resume => "Restart the clock",
        ComplaintAction.Extend => "Extend the deadline",
        ComplaintAction.Point => "Add a complaint point",
        ComplaintAction.Respond => "Record the response",
        ComplaintAction.Stage2 => "Stage 2 investigation",
        ComplaintAction.Panel => "Stage 3 review panel",
        ComplaintAction.PanelReport => "Record the panel report",
        ComplaintAction.DecideLate => "Decide on a late complaint or request",
        ComplaintAction.Remedy => "Add a remedy",
        ComplaintAction.Learning => "Add a learning action",
        ComplaintAction.LearningStatus => "Update a learning action",
        ComplaintAction.Ombudsman => "Ombudsman referral",
        ComplaintAction.Correct => "Correct a date",
        ComplaintAction.ReissueCode => "Send a new tracking code",
        _ => "Close the complaint",
    };

    /// <summary>Whether the action makes sense for the complaint as it stands.</summary>
    public static bool Allows(this Complaint c, ComplaintAction action, ComplaintRole role)
    {
        var open = !c.IsFinished;
        var openPause = c.Pauses.Any(p => p.ResumedOn is null);
        var manager = role == ComplaintRole.Manager;
        return action switch
        {
            ComplaintAction.Assign or ComplaintAction.Route or ComplaintAction.Split or ComplaintAction.Point or ComplaintAction.Close => open,
            ComplaintAction.Acknowledge => open && c.AcknowledgedOn is null,
            // Advocacy is offered at Stage 1 to children and care leavers (Children Act 1989 s.26A).
            ComplaintAction.Advocacy => open && c.Stage == 1 && c.AdvocateAppointedOn is null,
            // Court or police proceedings may pause the staff clock that is running (PRODUCT.md section 2).
            ComplaintAction.Pause => open && !openPause && c.RunningStep() is not null,
            ComplaintAction.Resume => openPause,
            // Extensions are capped per stage (Stage 1 to 20 working days, Stage 2 to 65; PRODUCT.md section 2).
            ComplaintAction.Extend => open && c.ExtendableStep() is not null,
            // A response decides every point, so it needs at least one.
            ComplaintAction.Respond => open && c.Status == ComplaintStatus.Open && c.Points.Count > 0 && c.RespondingStage() is not null,
            ComplaintAction.Stage2 => open && (c.Stage2 is { RespondedOn: null } || (c.Stage == 1 && c.Status == ComplaintStatus.Responded)),
            // The review panel exists on the statutory route only.
            ComplaintAction.Panel => open && c.Route == ComplaintRoute.Statutory && (c.Panel is { ReportSentOn: null } || (c.Stage == 2 && c.Status == ComplaintStatus.Responded)),
            ComplaintAction.PanelReport => open && c.Panel is { MeetingOn: not null, ReportSentOn: null },
            // Late complaints (over a year, 2006 Regulations) and late requests are a manager's decision.
            ComplaintAction.DecideLate => manager && open && ((c.IsLate && c.LateDecision is null) || c.Status == ComplaintStatus.AwaitingDecision),
            // A withdrawn complaint was never decided: nothing to remedy ("Getting the Best from Complaints").
            ComplaintAction.Remedy => c.Status != ComplaintStatus.Withdrawn,
            // Learning is taken from every complaint (LGSCO Code section 8); the ombudsman may be approached at any time (LGA 1974 s26).
            ComplaintAction.Learning or ComplaintAction.Ombudsman => true,
            ComplaintAction.LearningStatus => c.LearningActions.Count > 0,
            ComplaintAction.Correct => manager,
            // A lost or leaked tracking code can be replaced while the complaint can still be followed.
            ComplaintAction.ReissueCode => open,
            _ => false,
        };
    }

    /// <summary>The staff clock running now that a court or police pause would stop.</summary>
    public static ComplaintStep? RunningStep(this Complaint c) => c.Stage switch
    {
        1 when c.Stage1RespondedOn is null => ComplaintStep.Stage1Response,
        2 when c.Stage2 is { RespondedOn: null, LateDecision: not LateDecision.Refused } => ComplaintStep.Stage2Response,
        3 when c.Panel is { MeetingOn: null } => ComplaintStep.PanelMeeting,
        _ => null,
    };

    /// <summary>The response deadline that can still be extended (within its maximum), if any.</summary>
    public static ComplaintStep? ExtendableStep(this Complaint c)
    {
        var scales = ComplaintTimescales.For(c.Route);
        if (c.Stage == 1 && c.Stage1RespondedOn is null && c.Stage1ExtensionDays < scales[ComplaintStep.Stage1Response].MaximumExtension)
            return ComplaintStep.Stage1Response;
        if (c.Stage == 2 && c.Stage2 is { RespondedOn: null } s2 && s2.ExtensionDays < scales[ComplaintStep.Stage2Response].MaximumExtension)
            return ComplaintStep.Stage2Response;
        return null;
    }

    /// <summary>The stage whose response can be recorded now, if any.</summary>
    public static int? RespondingStage(this Complaint c) => c.Stage switch
    {
        1 when c.Stage1RespondedOn is null => 1,
        2 when c.Stage2 is { RespondedOn: null } => 2,
        3 when c.Panel is { ReportSentOn: not null, FinalResponseOn: null } => 3,
        _ => null,
    };
}
