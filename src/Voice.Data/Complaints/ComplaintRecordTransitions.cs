namespace Voice.Data.Complaints;

/// <summary>What happened about advocacy: offered, referred to a service (Stage 1 waits), or an advocate appointed.</summary>
public enum AdvocacyStep { Offered, Referred, Appointed }

/// <summary>A recorded date staff may correct, and what it is called.</summary>
public sealed record CorrectableDate(string Key, string Label);

/// <summary>The transitions that decide how a complaint is handled and keep its record right.</summary>
public static partial class ComplaintTransitions
{
    /// <summary>
    /// Decides the procedure: statutory (2006 Regulations) or corporate. The route cannot change
    /// once Stage 1 has been answered, because the stages and time limits differ; split the
    /// complaint instead (PRODUCT.md section 2: the route is decided at intake; one complaint may be split).
    /// </summary>
    public static ComplaintChange DecideRoute(this Complaint c, ComplaintRoute route, string reason, DateOnly today)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        if (route != c.Route && (c.Stage > 1 || c.Stage1RespondedOn is not null))
            throw new ComplaintRuleException("The route cannot change after the Stage 1 response. Split the complaint instead");
        c.Route = route;
        c.RouteReason = reason;
        c.RouteDecidedOn = today;
        return new ComplaintChange("Route decided", $"The complaint will follow the {route.ToString().ToLowerInvariant()} procedure", reason, Public: true);
    }

    /// <summary>
    /// Splits part of the complaint out as a complaint of its own, on its own route, received on the
    /// same date so its clocks start where the original's did (PRODUCT.md section 2). The caller
    /// saves the part to give it an id, which gives it a reference from <see cref="ComplaintReferences"/>.
    /// </summary>
    public static Complaint SplitOut(this Complaint c, string part, ComplaintRoute route, string reason, DateOnly today, DateTime now)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        return new Complaint
        {
            Reference = "TMP-" + Guid.NewGuid().ToString("N")[..16], TrackingCodeHash = c.TrackingCodeHash, TrackingLinkHash = c.TrackingLinkHash, SplitFromId = c.Id,
            Route = route, RouteReason = reason, RouteDecidedOn = today, Status = ComplaintStatus.Open, Stage = 1,
            ComplainantType = c.ComplainantType, Relationship = c.Relationship, ComplainantName = c.ComplainantName, Service = c.Service,
            Description = part, WantedOutcome = c.WantedOutcome, HappenedOn = c.HappenedOn, IsLate = c.IsLate, LateReason = c.LateReason,
            LateDecision = c.LateDecision, LateDecisionReason = c.LateDecisionReason, NeedsAdvocate = c.NeedsAdvocate,
            NeedsInterpreter = c.NeedsInterpreter, InterpreterLanguage = c.InterpreterLanguage, OtherFormat = c.OtherFormat,
            Email = c.Email, Phone = c.Phone, Address = c.Address, ContactPreference = c.ContactPreference,
            ReceivedOn = c.ReceivedOn, CreatedAt = now, Channel = c.Channel, AcknowledgedOn = c.AcknowledgedOn,
            AdvocacyOfferedOn = c.AdvocacyOfferedOn, AssignedToId = c.AssignedToId, AssignedToName = c.AssignedToName,
        };
    }

    /// <summary>
    /// Records advocacy at Stage 1 (Children Act 1989 s26A: children and care leavers are offered an
    /// advocate). A referral to an advocacy service stops the Stage 1 clock until an advocate is
    /// appointed, which restarts it (PRODUCT.md section 2: the legitimate pauses).
    /// </summary>
    public static ComplaintChange RecordAdvocacy(this Complaint c, AdvocacyStep step, DateOnly on, string? advocate)
    {
        if (c.IsFinished || c.Stage != 1 || c.AdvocateAppointedOn is not null) throw new ComplaintRuleException("Advocacy is recorded at Stage 1, until an advocate is appointed");
        if (on < c.ReceivedOn) throw new ComplaintRuleException($"The date must be on or after {c.ReceivedOn:d MMMM yyyy}");
        var awaiting = c.Pauses.FirstOrDefault(p => p.Reason == PauseReason.AwaitingAdvocate && p.ResumedOn is null);
        switch (step)
        {
            case AdvocacyStep.Offered:
                c.AdvocacyOfferedOn = on;
                return new ComplaintChange("Advocacy offered", "We offered help from an independent advocate", Public: true);
            case AdvocacyStep.Referred:
                if (c.Stage1RespondedOn is not null) throw new ComplaintRuleException("Stage 1 has been responded to, so there is no clock to pause");
                if (c.OpenPause() is not null) throw new ComplaintRuleException("The clock is already paused");
                c.AdvocacyOfferedOn ??= on;
                c.AdvocacyReferredOn = on;
                c.Pauses.Add(new ComplaintPause { Step = ComplaintStep.Stage1Response, Reason = PauseReason.AwaitingAdvocate, Detail = "Waiting for an advocate to be appointed", PausedOn = on });
                return new ComplaintChange("Advocacy referred", "We asked an advocacy service for an advocate. The time limit for our reply stops until one is appointed", Public: true);
            default:
                if (awaiting is not null && on < awaiting.PausedOn) throw new ComplaintRuleException("The date appointed must be on or after the date referred");
                c.AdvocateAppointedOn = on;
                if (awaiting is not null) awaiting.ResumedOn = on;
                return new ComplaintChange("Advocate appointed", "An advocate was appointed" + (awaiting is null ? "" : ". The time limit for our reply has restarted"), advocate, Public: true);
        }
    }

    /// <summary>The dates a manager may correct (PRODUCT.md section 2: corrections need a reason and are audited).</summary>
    public static readonly IReadOnlyList<CorrectableDate> CorrectableDates =
    [
        new("received", "Date received"), new("acknowledged", "Date acknowledged"), new("stage1-responded", "Stage 1 response sent"),
        new("stage2-requested", "Stage 2 requested"), new("statement-agreed", "Stage 2 statement of complaint agreed"),
        new("stage2-responded", "Stage 2 adjudication sent"), new("panel-requested", "Stage 3 requested"), new("panel-meeting", "Review panel met"),
        new("panel-report", "Panel report sent"), new("final-response", "Final response sent"),
    ];

    /// <summary>
    /// Corrects a recorded date. Only a date that was recorded can be corrected, and only to a
    /// different day; correcting the date received decides again whether the complaint is late
    /// (more than a year after the matter, 2006 Regulations reg 9). The caller works the clocks out again.
    /// </summary>
    public static ComplaintChange CorrectDate(this Complaint c, CorrectableDate field, DateOnly on, string reason)
    {
        DateOnly? old = field.Key switch
        {
            "received" => c.ReceivedOn, "acknowledged" => c.AcknowledgedOn, "stage1-responded" => c.Stage1RespondedOn,
            "stage2-requested" => c.Stage2?.RequestedOn, "statement-agreed" => c.Stage2?.StatementAgreedOn, "stage2-responded" => c.Stage2?.RespondedOn,
            "panel-requested" => c.Panel?.RequestedOn, "panel-meeting" => c.Panel?.MeetingOn, "panel-report" => c.Panel?.ReportSentOn,
            "final-response" => c.Panel?.FinalResponseOn,
            _ => throw new ComplaintRuleException("Select the date to correct"),
        };
        if (old is null) throw new ComplaintRuleException($"{field.Label} has not been recorded, so it cannot be corrected");
        if (old == on) throw new ComplaintRuleException($"{field.Label} is already {on:d MMMM yyyy}");
        switch (field.Key)
        {
            case "received": c.ReceivedOn = on; c.IsLate = c.HappenedOn is { } h && h < on.AddYears(-1); break;
            case "acknowledged": c.AcknowledgedOn = on; break;
            case "stage1-responded": c.Stage1RespondedOn = on; break;
            case "stage2-requested": c.Stage2!.RequestedOn = on; break;
            case "statement-agreed": c.Stage2!.StatementAgreedOn = on; break;
            case "stage2-responded": c.Stage2!.RespondedOn = on; break;
            case "panel-requested": c.Panel!.RequestedOn = on; break;
            case "panel-meeting": c.Panel!.MeetingOn = on; break;
            case "panel-report": c.Panel!.ReportSentOn = on; break;
            default: c.Panel!.FinalResponseOn = on; break;
        }
        return new ComplaintChange("Date corrected", $"{field.Label} corrected from {old:d MMMM yyyy} to {on:d MMMM yyyy}", reason);
    }
}
