namespace Voice.Data.Complaints;

/// <summary>One review panel member as staff enter them: a name and how their independence was checked.</summary>
public sealed record PanelMemberEntry(string Name, string IndependenceNote);

/// <summary>The transitions that record responses and run Stages 2 and 3.</summary>
public static partial class ComplaintTransitions
{
    /// <summary>The earliest date the response being recorded can carry: a stage is answered after it starts.</summary>
    public static DateOnly? ResponseNotBefore(this Complaint c) => c.RespondingStage() switch
    {
        1 => c.ReceivedOn,
        2 => c.Stage2!.RequestedOn,
        3 => c.Panel!.ReportSentOn,
        _ => null,
    };

    /// <summary>
    /// Records the response of the current stage, deciding every point ("Getting the Best from
    /// Complaints": the response addresses each point and says whether it is upheld). The last
    /// stage of the route closes the complaint: Stage 3's final response on the statutory route
    /// (2006 Regulations), Stage 2 on the corporate route (LGSCO Complaint Handling Code).
    /// Any other response opens the window to ask for the next stage.
    /// </summary>
    public static (int Stage, bool Final, ComplaintChange Change) Respond(this Complaint c, DateOnly on, string response,
        IReadOnlyDictionary<ComplaintPoint, PointOutcome> outcomes)
    {
        if (c.IsFinished || c.Status != ComplaintStatus.Open) throw new ComplaintRuleException("There is no response to record now");
        var stage = c.RespondingStage() ?? throw new ComplaintRuleException("There is no response to record now");
        if (c.Points.Count == 0) throw new ComplaintRuleException("A response decides each complaint point: add the points first");
        if (c.Points.OrderBy(p => p.Number).FirstOrDefault(p => !outcomes.ContainsKey(p)) is { } undecided)
            throw new ComplaintRuleException($"Select the outcome for point {undecided.Number}");
        if (on < c.ResponseNotBefore()) throw new ComplaintRuleException($"The response cannot be before {c.ResponseNotBefore():d MMMM yyyy}");
        foreach (var p in c.Points) { p.Outcome = outcomes[p]; p.DecidedAtStage = stage; }
        var final = stage == 3 || (stage == 2 && c.Route == ComplaintRoute.Corporate);
        switch (stage)
        {
            case 1: c.Stage1RespondedOn = on; c.Stage1Response = response; break;
            case 2: c.Stage2!.RespondedOn = on; c.Stage2.Response = response; break;
            default: c.Panel!.FinalResponseOn = on; break;
        }
        c.Status = final ? ComplaintStatus.Closed : ComplaintStatus.Responded;
        if (final) c.ClosedOn = on;
        var summary = string.Join("\n", c.Points.OrderBy(p => p.Number).Select(p => $"Point {p.Number}: {p.Outcome!.Value.Label()}"));
        return (stage, final, new ComplaintChange($"Stage {stage} response",
            stage == 3 ? "We sent the council's final response" : PublicUpdates.StageResponse(stage), summary + "\n\n" + response, Public: true));
    }

    /// <summary>
    /// Starts Stage 2 (when <paramref name="requestedOn"/> is given and it has not started) and records who
    /// investigates: an investigating officer and an independent person who is someone else (2006
    /// Regulations), and the date the statement of complaint was agreed, from which the 25
    /// working days may be counted (PRODUCT.md section 2).
    /// </summary>
    public static IReadOnlyList<ComplaintChange> UpdateStage2(this Complaint c, DateOnly? requestedOn, string? investigatingOfficer,
        string? independentPerson, DateOnly? statementAgreedOn, DeadlineCalculator calc)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        var changes = new List<ComplaintChange>();
        if (c.Stage2 is null)
        {
            if (requestedOn is not { } requested) throw new ComplaintRuleException("Enter the date Stage 2 was requested");
            changes.Add(c.RequestNextStage(requested, null, calc).Change);
        }
        var s2 = c.Stage2 is { RespondedOn: null } open ? open : throw new ComplaintRuleException("Stage 2 has been responded to");
        if (investigatingOfficer is not null && string.Equals(investigatingOfficer, independentPerson, StringComparison.OrdinalIgnoreCase))
            throw new ComplaintRuleException("The independent person must be someone other than the investigating officer");
        if (statementAgreedOn < s2.RequestedOn) throw new ComplaintRuleException($"The statement cannot be agreed before Stage 2 was requested ({s2.RequestedOn:d MMMM yyyy})");
        s2.InvestigatingOfficer = investigatingOfficer;
        s2.IndependentPerson = independentPerson;
        if (statementAgreedOn != s2.StatementAgreedOn)
        {
            s2.StatementAgreedOn = statementAgreedOn;
            if (statementAgreedOn is not null) changes.Add(new ComplaintChange("Statement agreed", PublicUpdates.StatementAgreed(statementAgreedOn.Value), Public: true));
        }
        changes.Add(new ComplaintChange("Stage 2 updated", $"Investigating officer: {investigatingOfficer ?? "not appointed"}; independent person: {independentPerson ?? "not appointed"}"));
        return changes;
    }

    /// <summary>
    /// Why someone cannot sit on the review panel, or null. The panel is three independent people, and
    /// the Stage 2 independent person may not sit (2006 Regulations; PRODUCT.md section 2).
    /// </summary>
    public static string? PanelMemberProblem(this Complaint c, string name) =>
        c.Stage2?.IndependentPerson is { } ip && string.Equals(ip.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"{name} was the Stage 2 independent person and cannot sit on the panel" : null;

    /// <summary>
    /// Starts Stage 3 (statutory route only) when <paramref name="requestedOn"/> is given, and records the
    /// three panel members and the meeting date. The panel meets within 30 working days of the
    /// request (2006 Regulations; PRODUCT.md section 2); a meeting needs its members first.
    /// </summary>
    public static IReadOnlyList<ComplaintChange> UpdatePanel(this Complaint c, DateOnly? requestedOn, IReadOnlyList<PanelMemberEntry>? members,
        DateOnly? meetingOn, DeadlineCalculator calc)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        if (c.Route != ComplaintRoute.Statutory) throw new ComplaintRuleException("Only the statutory procedure has a review panel");
        if (members is not null)
        {
            if (members.Count != 3 || members.Any(m => m.Name.Length == 0 || m.IndependenceNote.Length == 0))
                throw new ComplaintRuleException("The panel needs three people, each with how their independence was checked");
            if (members.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 3) throw new ComplaintRuleException("The panel needs three different people");
            if (members.Select(m => c.PanelMemberProblem(m.Name)).FirstOrDefault(p => p is not null) is { } problem) throw new ComplaintRuleException(problem);
        }
        if (meetingOn is not null && members is null && c.PanelMembers.Count == 0) throw new ComplaintRuleException("Enter the three panel members before the meeting date");
        var changes = new List<ComplaintChange>();
        if (c.Panel is null)
        {
            if (requestedOn is not { } requested) throw new ComplaintRuleException("Enter the date Stage 3 was requested");
            changes.Add(c.RequestNextStage(requested, null, calc).Change);
        }
        var panel = c.Panel is { ReportSentOn: null } open ? open : throw new ComplaintRuleException("The panel has already reported");
        if (meetingOn < panel.RequestedOn) throw new ComplaintRuleException($"The panel cannot meet before Stage 3 was requested ({panel.RequestedOn:d MMMM yyyy})");
        if (members is not null)
        {
            c.PanelMembers.Clear();
            foreach (var m in members) c.PanelMembers.Add(new PanelMember { Name = m.Name, IndependenceNote = m.IndependenceNote });
            changes.Add(new ComplaintChange("Panel chosen", "Panel members: " + string.Join(", ", members.Select(m => m.Name)),
                string.Join("\n", members.Select(m => $"{m.Name}: {m.IndependenceNote}"))));
        }
        if (meetingOn != panel.MeetingOn)
        {
            panel.MeetingOn = meetingOn;
            if (meetingOn is not null) changes.Add(new ComplaintChange("Panel date", PublicUpdates.PanelMeets(meetingOn.Value), Public: true));
        }
        return changes;
    }

    /// <summary>The panel sends its report within 5 working days of meeting (2006 Regulations; PRODUCT.md section 2); it cannot be before the meeting.</summary>
    public static ComplaintChange RecordPanelReport(this Complaint c, DateOnly on)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        if (c.Panel is not { MeetingOn: { } met, ReportSentOn: null } panel) throw new ComplaintRuleException("The panel has not met, or has already reported");
        if (on < met) throw new ComplaintRuleException($"The report cannot be sent before the panel met ({met:d MMMM yyyy})");
        panel.ReportSentOn = on;
        return new ComplaintChange("Panel report", "The review panel sent its report", Public: true);
    }

    /// <summary>
    /// A manager decides a late complaint (about something more than a year ago, 2006 Regulations
    /// reg 9) or a late request for the next stage. Refusing closes it; the complainant may then go
    /// to the Local Government and Social Care Ombudsman.
    /// </summary>
    public static (string Decided, ComplaintChange Change) DecideLate(this Complaint c, LateDecision decision, string reason, DateOnly today)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        string what;
        if (c.Status == ComplaintStatus.AwaitingDecision)
        {
            if (c.Stage == 3) { c.Panel!.LateDecision = decision; c.Panel.LateDecisionReason = reason; what = "Your late request for a review panel"; }
            else { c.Stage2!.LateDecision = decision; c.Stage2.LateDecisionReason = reason; what = "Your late request for Stage 2"; }
            c.Status = decision == LateDecision.Accepted ? ComplaintStatus.Open : ComplaintStatus.Closed;
        }
        else if (c.IsLate && c.LateDecision is null)
        {
            c.LateDecision = decision;
            c.LateDecisionReason = reason;
            what = "Your complaint about something more than a year ago";
            if (decision == LateDecision.Refused) c.Status = ComplaintStatus.Closed;
        }
        else throw new ComplaintRuleException("There is nothing late to decide");
        if (c.Status == ComplaintStatus.Closed) c.ClosedOn = today;
        var text = $"{what} has been {(decision == LateDecision.Accepted ? "accepted" : "refused")}";
        return (text, new ComplaintChange("Late decision", text, reason, Public: true));
    }
}
