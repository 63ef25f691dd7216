namespace Voice.Data.Complaints;

/// <summary>
/// The transitions that record who handles a complaint, what it is about and what came of it:
/// the officer assigned, the complaint points, remedies, learning actions and an ombudsman referral.
/// </summary>
public static partial class ComplaintTransitions
{
    /// <summary>What the Local Government and Social Care Ombudsman can decide, as staff record it.</summary>
    public static readonly IReadOnlyList<string> OmbudsmanOutcomes =
        [OmbudsmanPremature, "Not investigated", "No fault", "Fault, no injustice", OmbudsmanFaultAndInjustice];

    public const string OmbudsmanPremature = "Premature: sent back to the council";
    public const string OmbudsmanFaultAndInjustice = "Fault and injustice: remedy agreed";

    /// <summary>
    /// Gives the complaint to an officer. Each complaint has one named officer while it is open
    /// ("Getting the Best from Complaints", DfES 2006: the complaints manager makes sure every
    /// complaint is allocated and progressed); a finished complaint has nothing left to allocate, and
    /// giving it to the officer who already has it changes nothing.
    /// </summary>
    public static ComplaintChange Assign(this Complaint c, string officerId, string officerName)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished");
        if (c.AssignedToId == officerId) throw new ComplaintRuleException($"The complaint is already assigned to {officerName}");
        c.AssignedToId = officerId;
        c.AssignedToName = officerName;
        return new ComplaintChange("Assigned", $"Assigned to {officerName}");
    }

    /// <summary>
    /// Adds a complaint point: one thing the complainant says went wrong. Every point is decided in
    /// the response (upheld, partly upheld, not upheld: PRODUCT.md section 2, "Getting the Best from
    /// Complaints" on responding to each point), so points are added while the complaint is open,
    /// and the same point is not recorded twice.
    /// </summary>
    public static ComplaintChange AddPoint(this Complaint c, string summary)
    {
        if (c.IsFinished) throw new ComplaintRuleException("The complaint is finished: points cannot be added");
        summary = summary.Trim();
        if (summary.Length == 0) throw new ComplaintRuleException("Enter the complaint point");
        if (c.Points.Any(p => string.Equals(p.Summary, summary, StringComparison.OrdinalIgnoreCase)))
            throw new ComplaintRuleException("This complaint point has already been added");
        var number = c.Points.Count == 0 ? 1 : c.Points.Max(p => p.Number) + 1;
        c.Points.Add(new ComplaintPoint { Number = number, Summary = summary });
        return new ComplaintChange("Point added", $"Complaint point {number} added", summary);
    }

    /// <summary>
    /// Records a remedy agreed with the complainant. A withdrawn complaint was never decided, so
    /// there is no finding to put right ("Getting the Best from Complaints": withdrawal ends the
    /// procedure); a closed one may still get a remedy (often agreed after the final response or an
    /// ombudsman's decision). A payment has an amount; the date is not before the complaint arrived.
    /// The complainant sees it on the tracking page.
    /// </summary>
    public static ComplaintChange AddRemedy(this Complaint c, RemedyKind kind, string description, int? amountPence, DateOnly agreedOn)
    {
        if (c.Status == ComplaintStatus.Withdrawn) throw new ComplaintRuleException("The complaint was withdrawn, so there is no remedy to record");
        if (kind == RemedyKind.Payment && amountPence is null) throw new ComplaintRuleException("Enter the amount of the payment");
        if (amountPence is <= 0) throw new ComplaintRuleException("The amount must be more than £0");
        if (agreedOn < c.ReceivedOn) throw new ComplaintRuleException($"The date agreed must be on or after {c.ReceivedOn:d MMMM yyyy}");
        c.Remedies.Add(new ComplaintRemedy { Kind = kind, Description = description.Trim(), AmountPence = amountPence, AgreedOn = agreedOn });
        return new ComplaintChange("Remedy", $"Remedy agreed: {kind}{(amountPence is { } p ? $" £{p / 100m:0.00}" : "")}", description.Trim(), Public: true);
    }

    /// <summary>
    /// Adds a learning action: what will change, who owns it, when it is due. Learning is taken from
    /// every complaint, withdrawn or closed ones too (LGSCO Complaint Handling Code section 8:
    /// councils report the learning and service improvements from complaints); an action cannot
    /// fall due before the complaint that prompted it arrived.
    /// </summary>
    public static ComplaintChange AddLearningAction(this Complaint c, string change, string owner, DateOnly dueOn)
    {
        if (dueOn < c.ReceivedOn) throw new ComplaintRuleException($"The due date must be on or after {c.ReceivedOn:d MMMM yyyy}");
        c.LearningActions.Add(new LearningAction { Description = change.Trim(), Owner = owner.Trim(), DueOn = dueOn, Status = LearningStatus.NotStarted });
        return new ComplaintChange("Learning action", $"Learning action for {owner.Trim()}, due {dueOn:d MMMM yyyy}", change.Trim());
    }

    /// <summary>
    /// Moves a learning action on. Its completion date is the day it is marked done (the annual
    /// report counts learning completed: LGSCO Code section 8); reopening it clears that date.
    /// </summary>
    public static ComplaintChange UpdateLearningAction(this Complaint c, LearningAction action, LearningStatus status, DateOnly today)
    {
        if (!c.LearningActions.Contains(action)) throw new ComplaintRuleException("That learning action is not part of this complaint");
        if (action.Status == status) throw new ComplaintRuleException($"The learning action is already {Describe(status)}");
        action.Status = status;
        action.CompletedOn = status == LearningStatus.Done ? today : null;
        return new ComplaintChange("Learning action", $"Learning action \"{action.Description}\" is now {status}");
    }

    /// <summary>
    /// Records a referral to the Local Government and Social Care Ombudsman and, once decided, its
    /// outcome. A complainant may go to the ombudsman at any time; the ombudsman itself decides
    /// whether the council has had the chance to answer first (Local Government Act 1974 s26(5)),
    /// which is why "premature" is an outcome rather than a refusal here. A decision has an outcome
    /// and comes after the referral; a remedy is recorded only with a finding of fault causing
    /// injustice (the ombudsman recommends remedies only then: LGSCO guidance on remedies).
    /// </summary>
    public static ComplaintChange RecordOmbudsman(this Complaint c, DateOnly referredOn, string? reference, string? outcome, DateOnly? decidedOn, string? remedy)
    {
        if (referredOn < c.ReceivedOn) throw new ComplaintRuleException($"The date referred must be on or after {c.ReceivedOn:d MMMM yyyy}");
        if (outcome is not null && !OmbudsmanOutcomes.Contains(outcome)) throw new ComplaintRuleException("Select the outcome from the list");
        if (decidedOn is not null && outcome is null) throw new ComplaintRuleException("Select the outcome");
        if (decidedOn < referredOn) throw new ComplaintRuleException($"The date decided must be on or after {referredOn:d MMMM yyyy}");
        if (remedy is not null && outcome != OmbudsmanFaultAndInjustice)
            throw new ComplaintRuleException("A remedy is recorded only when the ombudsman found fault causing injustice");
        var o = c.Ombudsman ??= new OmbudsmanReferral { ComplaintId = c.Id };
        (o.ReferredOn, o.OmbudsmanReference, o.Outcome, o.DecidedOn, o.Remedy) = (referredOn, reference, outcome, decidedOn, remedy);
        return new ComplaintChange("Ombudsman", outcome is null ? "Referred to the Local Government and Social Care Ombudsman" : $"Ombudsman decision: {outcome}", remedy);
    }

    static string Describe(LearningStatus s) => s switch
    {
        LearningStatus.NotStarted => "not started",
        LearningStatus.InProgress => "in progress",
        _ => "done",
    };
}
