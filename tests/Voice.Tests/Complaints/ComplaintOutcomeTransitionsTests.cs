using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

/// <summary>Assigning, complaint points, remedies, learning actions and ombudsman referrals, allowed and refused, without HTTP or a database.</summary>
public class ComplaintOutcomeTransitionsTests
{
    static readonly DateOnly Received = new(2026, 11, 2); // a Monday

    static Complaint Open() => new() { Id = 1, Route = ComplaintRoute.Statutory, Stage = 1, Status = ComplaintStatus.Open, ReceivedOn = Received, TrackingCodeHash = "h" };

    [Fact]
    public void Assign_GivesTheComplaintToAnOfficer_NotTwiceToTheSameOne_NotWhenFinished()
    {
        var c = Open();
        Assert.Equal("Assigned to Sam Officer", c.Assign("u1", "Sam Officer").Summary);
        Assert.Equal(("u1", "Sam Officer"), (c.AssignedToId!, c.AssignedToName!));
        Assert.Throws<ComplaintRuleException>(() => c.Assign("u1", "Sam Officer"));
        c.Assign("u2", "Kim Manager");
        Assert.Equal("u2", c.AssignedToId);
        c.Close(Received, "Resolved");
        Assert.Throws<ComplaintRuleException>(() => c.Assign("u1", "Sam Officer"));
        Assert.False(c.Allows(ComplaintAction.Assign, ComplaintRole.Manager));
    }

    [Fact]
    public void AddPoint_NumbersPointsInTurn_RefusesABlankOrRepeatedPoint_AndAFinishedComplaint()
    {
        var c = Open();
        Assert.Equal("Complaint point 1 added", c.AddPoint("  Review meetings were cancelled ").Summary);
        c.AddPoint("Nobody told the family");
        Assert.Equal(new[] { (1, "Review meetings were cancelled"), (2, "Nobody told the family") }, c.Points.Select(p => (p.Number, p.Summary)));
        Assert.Throws<ComplaintRuleException>(() => c.AddPoint("review meetings were cancelled"));
        Assert.Throws<ComplaintRuleException>(() => c.AddPoint("   "));
        c.Withdraw(Received.AddDays(3), null);
        Assert.Throws<ComplaintRuleException>(() => c.AddPoint("Something else"));
        Assert.Equal(2, c.Points.Count);
    }

    [Fact]
    public void AddRemedy_IsPublic_NeedsAnAmountForAPayment_AndIsRefusedOnAWithdrawnComplaint()
    {
        var c = Open();
        var change = c.AddRemedy(RemedyKind.Payment, " For time and trouble ", 25000, Received.AddDays(10));
        Assert.Equal(("Remedy agreed: Payment £250.00", "For time and trouble", true), (change.Summary, change.Detail!, change.Public));
        Assert.Throws<ComplaintRuleException>(() => c.AddRemedy(RemedyKind.Payment, "x", null, Received));
        Assert.Throws<ComplaintRuleException>(() => c.AddRemedy(RemedyKind.Apology, "x", null, Received.AddDays(-1)));
        c.Close(Received.AddDays(20), "Final response sent");
        c.AddRemedy(RemedyKind.Apology, "A written apology", null, Received.AddDays(21)); // after the final response: still allowed
        Assert.Equal(2, c.Remedies.Count);

        var withdrawn = Open();
        withdrawn.Withdraw(Received.AddDays(1), "Sorted out");
        Assert.Throws<ComplaintRuleException>(() => withdrawn.AddRemedy(RemedyKind.Apology, "Sorry", null, Received.AddDays(2)));
        Assert.False(withdrawn.Allows(ComplaintAction.Remedy, ComplaintRole.Manager));
        Assert.Empty(withdrawn.Remedies);
    }

    [Fact]
    public void LearningActions_AreTakenFromAnyComplaint_DueNoEarlierThanItArrived_AndRecordWhenTheyAreDone()
    {
        var c = Open();
        Assert.False(c.Allows(ComplaintAction.LearningStatus, ComplaintRole.Officer));
        Assert.Throws<ComplaintRuleException>(() => c.AddLearningAction("Tell families when reviews move", "Head of IRO service", Received.AddDays(-1)));
        c.Withdraw(Received.AddDays(1), null);
        Assert.Equal("Learning action for Head of IRO service, due 2 January 2027",
            c.AddLearningAction(" Tell families when reviews move ", " Head of IRO service ", new DateOnly(2027, 1, 2)).Summary);
        var action = c.LearningActions.Single();
        Assert.True(c.Allows(ComplaintAction.LearningStatus, ComplaintRole.Officer));

        c.UpdateLearningAction(action, LearningStatus.Done, Received.AddDays(30));
        Assert.Equal((LearningStatus.Done, Received.AddDays(30)), (action.Status, action.CompletedOn!.Value));
        Assert.Throws<ComplaintRuleException>(() => c.UpdateLearningAction(action, LearningStatus.Done, Received.AddDays(31)));
        c.UpdateLearningAction(action, LearningStatus.InProgress, Received.AddDays(32));
        Assert.Null(action.CompletedOn);
        Assert.Throws<ComplaintRuleException>(() => c.UpdateLearningAction(new LearningAction { Description = "Someone else's" }, LearningStatus.Done, Received));
    }

    [Fact]
    public void Ombudsman_ReferralThenDecision_OutcomeFromTheList_RemedyOnlyForFaultAndInjustice()
    {
        var c = Open();
        Assert.Equal("Referred to the Local Government and Social Care Ombudsman", c.RecordOmbudsman(Received.AddDays(40), "25 001 573", null, null, null).Summary);
        Assert.Throws<ComplaintRuleException>(() => c.RecordOmbudsman(Received.AddDays(-1), null, null, null, null));
        Assert.Throws<ComplaintRuleException>(() => c.RecordOmbudsman(Received.AddDays(40), null, "Upheld a bit", Received.AddDays(90), null));
        Assert.Throws<ComplaintRuleException>(() => c.RecordOmbudsman(Received.AddDays(40), null, null, Received.AddDays(90), null));
        Assert.Throws<ComplaintRuleException>(() => c.RecordOmbudsman(Received.AddDays(40), null, "No fault", Received.AddDays(39), null));
        Assert.Throws<ComplaintRuleException>(() => c.RecordOmbudsman(Received.AddDays(40), null, "No fault", Received.AddDays(90), "£300"));
        Assert.Equal("Referred to the Local Government and Social Care Ombudsman", c.RecordOmbudsman(Received.AddDays(40), "25 001 573", null, null, null).Summary);

        var decided = c.RecordOmbudsman(Received.AddDays(40), "25 001 573", ComplaintTransitions.OmbudsmanFaultAndInjustice, Received.AddDays(90), "£300 for distress");
        Assert.Equal(("Ombudsman decision: Fault and injustice: remedy agreed", "£300 for distress"), (decided.Summary, decided.Detail!));
        Assert.Equal((Received.AddDays(90), "£300 for distress"), (c.Ombudsman!.DecidedOn!.Value, c.Ombudsman.Remedy!));
    }

    [Fact]
    public void Ombudsman_APrematureReferral_IsRecordedWhileTheComplaintIsStillOpen()
    {
        // The ombudsman, not the council, decides that a complaint came too early (LGA 1974 s26(5)).
        var c = Open();
        c.RecordOmbudsman(Received.AddDays(5), null, ComplaintTransitions.OmbudsmanPremature, Received.AddDays(12), null);
        Assert.Equal(ComplaintTransitions.OmbudsmanPremature, c.Ombudsman!.Outcome);
        Assert.Equal(ComplaintStatus.Open, c.Status);
    }
}
