using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

/// <summary>Pausing, restarting and extending a complaint's clocks, allowed and refused, without HTTP or a database.</summary>
public class ComplaintClockTransitionsTests
{
    static readonly DeadlineCalculator Calc = new(ComplaintKit.Calendar, 2);
    static readonly DateOnly Received = new(2026, 11, 2); // a Monday; no bank holidays until Christmas
    static readonly DateTime Now = new(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc);

    static Complaint Open(ComplaintRoute route = ComplaintRoute.Statutory) =>
        new() { Id = 1, Route = route, Stage = 1, Status = ComplaintStatus.Open, ReceivedOn = Received };

    [Fact]
    public void Pause_StopsTheRunningClock_ForProceedings()
    {
        var c = Open();
        var change = c.Pause(Received.AddDays(1), "Care proceedings");
        var pause = Assert.Single(c.Pauses);
        Assert.Equal((ComplaintStep.Stage1Response, PauseReason.LegalProceedings, Received.AddDays(1)), (pause.Step, pause.Reason, pause.PausedOn));
        Assert.Equal(("Paused", "Care proceedings", true), (change.Kind, change.Detail, change.Public));
    }

    [Fact]
    public void Pause_Twice_BeforeReceived_WithNoClockRunning_OrWhenFinished_IsRefused()
    {
        var paused = Open();
        paused.Pause(Received, "Police");
        Assert.Throws<ComplaintRuleException>(() => paused.Pause(Received.AddDays(1), "Again"));
        Assert.Throws<ComplaintRuleException>(() => Open().Pause(Received.AddDays(-1), "Police"));
        var responded = Open();
        responded.Stage1RespondedOn = Received.AddDays(5);
        Assert.Throws<ComplaintRuleException>(() => responded.Pause(Received.AddDays(6), "Police"));
        var closed = Open();
        closed.Close(Received, "Resolved");
        Assert.Throws<ComplaintRuleException>(() => closed.Pause(Received, "Police"));
    }

    [Fact]
    public void Resume_RestartsTheClock_AndAnAdvocatePauseRecordsTheAppointment()
    {
        var c = Open();
        c.Pause(Received, "Police");
        var (pause, change) = c.Resume(Received.AddDays(7));
        Assert.Equal(Received.AddDays(7), pause.ResumedOn);
        Assert.Equal("Restarted", change.Kind);
        Assert.Null(c.AdvocateAppointedOn);

        var advocacy = Open();
        advocacy.RecordAdvocacy(AdvocacyStep.Referred, Received, null);
        advocacy.Resume(Received.AddDays(3));
        Assert.Equal(Received.AddDays(3), advocacy.AdvocateAppointedOn);
    }

    [Fact]
    public void Resume_WhenNotPaused_OrBeforeThePause_IsRefused()
    {
        Assert.Throws<ComplaintRuleException>(() => Open().Resume(Received));
        var c = Open();
        c.Pause(Received.AddDays(2), "Police");
        Assert.Throws<ComplaintRuleException>(() => c.Resume(Received.AddDays(1)));
        Assert.Null(c.Pauses[0].ResumedOn);
    }

    [Fact]
    public void Extend_MovesTheDueDate_AndRecordsTheExtension()
    {
        var c = Open();
        var (extension, change) = c.Extend(5, "Three teams", Calc, Received, Now, "Olu");
        var due = ComplaintKit.Calendar.AddWorkingDays(Received, 15);
        Assert.Equal((5, due, true, "Olu"), (extension.WorkingDays, extension.NewDueOn, extension.ComplainantTold, extension.ByName));
        Assert.Equal(due, c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response).DueOn);
        Assert.Equal(5, c.Stage1ExtensionDays);
        Assert.Equal(5, c.ExtensionLeft()!.DaysLeft);
        Assert.Contains(due.ToString("d MMMM yyyy"), change.Summary);
    }

    [Fact]
    public void Extend_BeyondTheMaximum_ByNothing_OrAfterTheResponse_IsRefused()
    {
        Assert.Throws<ComplaintRuleException>(() => Open().Extend(11, "Too long", Calc, Received, Now, "Olu"));
        Assert.Throws<ComplaintRuleException>(() => Open().Extend(0, "Nothing", Calc, Received, Now, "Olu"));
        var full = Open();
        full.Extend(10, "All of it", Calc, Received, Now, "Olu");
        Assert.Null(full.ExtensionLeft());
        Assert.Throws<ComplaintRuleException>(() => full.Extend(1, "More", Calc, Received, Now, "Olu"));
        var responded = Open();
        responded.Stage1RespondedOn = Received.AddDays(3);
        Assert.Throws<ComplaintRuleException>(() => responded.Extend(1, "Late", Calc, Received, Now, "Olu"));
    }

    [Fact]
    public void Extend_AtStage2_AllowsUpTo65WorkingDaysInAll()
    {
        var c = Open();
        c.Stage1RespondedOn = Received.AddDays(7);
        c.Status = ComplaintStatus.Responded;
        c.RequestNextStage(Received.AddDays(8), null, Calc);
        Assert.Equal((ComplaintStep.Stage2Response, 40), (c.ExtensionLeft()!.Step, c.ExtensionLeft()!.DaysLeft));
        Assert.Throws<ComplaintRuleException>(() => c.Extend(41, "Too long", Calc, Received, Now, "Olu"));
        c.Extend(40, "Independent person unavailable", Calc, Received, Now, "Olu");
        Assert.Equal(40, c.Stage2!.ExtensionDays);
    }
}
