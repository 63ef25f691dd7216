using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

/// <summary>The complaint's transitions, allowed and refused, without HTTP or a database.</summary>
public class ComplaintTransitionsTests
{
    static readonly DeadlineCalculator Calc = new(ComplaintKit.Calendar, 2);
    static readonly DateOnly Received = new(2026, 11, 2); // a Monday

    static Complaint Open(ComplaintRoute route = ComplaintRoute.Statutory) =>
        new() { Id = 1, Route = route, Stage = 1, Status = ComplaintStatus.Open, ReceivedOn = Received };

    static Complaint RespondedAtStage1(DateOnly on, ComplaintRoute route = ComplaintRoute.Statutory)
    {
        var c = Open(route);
        c.Stage1RespondedOn = on;
        c.Status = ComplaintStatus.Responded;
        return c;
    }

    [Fact]
    public void Acknowledge_RecordsTheDate_AndAPublicEvent()
    {
        var c = Open();
        var change = c.Acknowledge(Received.AddDays(1), "We will call you");
        Assert.Equal(Received.AddDays(1), c.AcknowledgedOn);
        Assert.Equal(("Acknowledged", "We will call you", true), (change.Kind, change.Detail, change.Public));
    }

    [Fact]
    public void Acknowledge_Twice_OrBeforeReceived_OrWhenFinished_IsRefused()
    {
        var twice = Open();
        twice.Acknowledge(Received, null);
        Assert.Throws<ComplaintRuleException>(() => twice.Acknowledge(Received.AddDays(1), null));
        Assert.Throws<ComplaintRuleException>(() => Open().Acknowledge(Received.AddDays(-1), null));
        var closed = Open();
        closed.Close(Received, "Resolved");
        Assert.Throws<ComplaintRuleException>(() => closed.Acknowledge(Received, null));
    }

    [Fact]
    public void NextStage_IsOpenOnlyAfterAResponse()
    {
        Assert.Null(Open().NextStageOpen());
        Assert.Equal(2, RespondedAtStage1(Received.AddDays(7)).NextStageOpen());
        var atStage2 = RespondedAtStage1(Received.AddDays(7));
        atStage2.RequestNextStage(Received.AddDays(8), null, Calc);
        Assert.Null(atStage2.NextStageOpen());
        atStage2.Stage2!.RespondedOn = Received.AddDays(30);
        atStage2.Status = ComplaintStatus.Responded;
        Assert.Equal(3, atStage2.NextStageOpen());
    }

    [Fact]
    public void Corporate_HasNoThirdStage()
    {
        var c = RespondedAtStage1(Received.AddDays(7), ComplaintRoute.Corporate);
        c.RequestNextStage(Received.AddDays(8), null, Calc);
        c.Stage2!.RespondedOn = Received.AddDays(30);
        c.Status = ComplaintStatus.Responded;
        Assert.Null(c.NextStageOpen());
        Assert.Throws<ComplaintRuleException>(() => c.RequestNextStage(Received.AddDays(31), null, Calc));
    }

    [Fact]
    public void RequestNextStage_InTime_OpensStage2()
    {
        var c = RespondedAtStage1(Received.AddDays(7));
        var (stage, late, change) = c.RequestNextStage(Received.AddDays(10), "Still unhappy", Calc);
        Assert.Equal((2, false), (stage, late));
        Assert.Equal((2, ComplaintStatus.Open), (c.Stage, c.Status));
        Assert.Equal(Received.AddDays(10), c.Stage2!.RequestedOn);
        Assert.Equal("You asked for Stage 2", change.Summary);
    }

    [Fact]
    public void RequestNextStage_AfterTheWindow_WaitsForAManagersDecision()
    {
        var c = RespondedAtStage1(Received.AddDays(7));
        var (_, late, change) = c.RequestNextStage(Received.AddDays(7).AddMonths(3), null, Calc);
        Assert.True(late);
        Assert.Equal(ComplaintStatus.AwaitingDecision, c.Status);
        Assert.True(c.Stage2!.RequestWasLate);
        Assert.Contains("after the time limit", change.Summary);
    }

    [Fact]
    public void RequestNextStage_BeforeAResponse_OrDatedBeforeIt_IsRefused()
    {
        Assert.Throws<ComplaintRuleException>(() => Open().RequestNextStage(Received, null, Calc));
        Assert.Throws<ComplaintRuleException>(() => RespondedAtStage1(Received.AddDays(7)).RequestNextStage(Received.AddDays(6), null, Calc));
    }

    [Fact]
    public void Withdraw_FinishesTheComplaint_AndCannotHappenTwice()
    {
        var c = Open();
        var change = c.Withdraw(Received.AddDays(2), "Sorted out");
        Assert.Equal((ComplaintStatus.Withdrawn, Received.AddDays(2)), (c.Status, c.WithdrawnOn));
        Assert.Equal("You withdrew your complaint", change.Summary);
        Assert.Throws<ComplaintRuleException>(() => c.Withdraw(Received.AddDays(3), null));
    }

    [Fact]
    public void AddInformation_IsAllowedWhileOpen_NotAfter()
    {
        var c = Open();
        Assert.Equal("More detail", c.AddInformation("More detail").Detail);
        c.Close(Received, "Done");
        Assert.Throws<ComplaintRuleException>(() => c.AddInformation("Too late"));
    }

    [Fact]
    public void Close_RecordsTheReason_AndCannotHappenTwice()
    {
        var c = Open();
        Assert.Equal("Resolved by phone", c.Close(Received, "Resolved by phone").Detail);
        Assert.Equal((ComplaintStatus.Closed, Received), (c.Status, c.ClosedOn));
        Assert.Throws<ComplaintRuleException>(() => c.Close(Received, "Again"));
    }

    [Fact]
    public void AvailableActions_ForANewComplaint_OfferNoResponseUntilThereIsAPoint_AndLateDecisionsOnlyToManagers()
    {
        var c = Open();
        c.IsLate = true;
        var officer = c.AvailableActions(ComplaintRole.Officer);
        Assert.Contains(ComplaintAction.Acknowledge, officer);
        Assert.Contains(ComplaintAction.Pause, officer);
        Assert.DoesNotContain(ComplaintAction.Respond, officer);
        Assert.DoesNotContain(ComplaintAction.DecideLate, officer);
        Assert.DoesNotContain(ComplaintAction.Correct, officer);
        Assert.Contains(ComplaintAction.DecideLate, c.AvailableActions(ComplaintRole.Manager));

        c.Points.Add(new ComplaintPoint { Number = 1, Summary = "Meetings were cancelled" });
        Assert.Contains(ComplaintAction.Respond, c.AvailableActions(ComplaintRole.Officer));
    }

    [Fact]
    public void AvailableActions_WhenPaused_OfferResume_NotPause_AndWhenFinished_OnlyTheRecordKeeping()
    {
        var c = Open();
        c.Pauses.Add(new ComplaintPause { Step = ComplaintStep.Stage1Response, PausedOn = Received });
        Assert.Contains(ComplaintAction.Resume, c.AvailableActions(ComplaintRole.Officer));
        Assert.DoesNotContain(ComplaintAction.Pause, c.AvailableActions(ComplaintRole.Officer));

        var done = Open();
        done.Close(Received, "Resolved");
        Assert.Equal([ComplaintAction.Remedy, ComplaintAction.Learning, ComplaintAction.Ombudsman],
            done.AvailableActions(ComplaintRole.Officer));
        // A learning action can be updated once there is one.
        done.AddLearningAction("Tell families when reviews move", "Head of IRO service", Received.AddDays(30));
        Assert.Contains(ComplaintAction.LearningStatus, done.AvailableActions(ComplaintRole.Officer));
    }

    [Fact]
    public void AvailableActions_ReviewPanel_OnlyOnTheStatutoryRoute()
    {
        foreach (var route in new[] { ComplaintRoute.Statutory, ComplaintRoute.Corporate })
        {
            var c = RespondedAtStage1(Received.AddDays(7), route);
            c.RequestNextStage(Received.AddDays(8), null, Calc);
            c.Stage2!.RespondedOn = Received.AddDays(30);
            c.Status = ComplaintStatus.Responded;
            Assert.Equal(route == ComplaintRoute.Statutory, c.AvailableActions(ComplaintRole.Officer).Contains(ComplaintAction.Panel));
        }
    }
}
