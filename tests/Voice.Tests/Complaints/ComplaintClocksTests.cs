using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

public class ComplaintClocksTests
{
    static readonly DeadlineCalculator Calc = new(ComplaintKit.Calendar, 2);
    static readonly DateOnly Received = new(2025, 12, 18);

    static Complaint New(ComplaintRoute route = ComplaintRoute.Statutory) =>
        new() { Route = route, ReceivedOn = Received, Status = ComplaintStatus.Open, Reference = "CMP-2025-000001" };

    [Fact]
    public void NewComplaint_HasAcknowledgementAndStage1Clocks_NextDueIsTheAcknowledgement()
    {
        var c = New();
        var clocks = ComplaintClocks.Refresh(c, Calc, Received, TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.Equal([ComplaintStep.Acknowledgement, ComplaintStep.Stage1Response], clocks.Select(k => k.Step));
        Assert.Equal(new DateOnly(2025, 12, 23), c.Deadlines.Single(d => d.Step == ComplaintStep.Acknowledgement).DueOn);
        Assert.Equal(new DateOnly(2026, 1, 6), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage1Response).DueOn);
        Assert.Equal(new DateOnly(2025, 12, 23), c.NextDueOn);
        Assert.Equal(nameof(ComplaintStep.Acknowledgement), c.NextDueStep);
        Assert.All(c.Deadlines, d => Assert.Equal(ComplaintKit.Calendar.Version, d.CalendarVersion));
    }

    [Fact]
    public void CorporateRoute_UsesItsOwnTimescales_AndHasNoStage3()
    {
        var c = New(ComplaintRoute.Corporate);
        c.AcknowledgedOn = Received;
        c.Stage1RespondedOn = new DateOnly(2026, 1, 5);
        c.Stage2 = new ComplaintStage2 { RequestedOn = new DateOnly(2026, 1, 12) };
        var clocks = ComplaintClocks.Refresh(c, Calc, new DateOnly(2026, 1, 12), TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(Received, 5), c.Deadlines.Single(d => d.Step == ComplaintStep.Acknowledgement).DueOn);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(new DateOnly(2026, 1, 12), 20), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage2Response).DueOn);
        Assert.DoesNotContain(clocks, k => k.Step == ComplaintStep.Stage2Request);
    }

    [Fact]
    public void Stage2Clock_RunsFromTheAgreedStatement_OnceThereIsOne()
    {
        var c = New();
        c.AcknowledgedOn = Received;
        c.Stage1RespondedOn = new DateOnly(2026, 1, 5);
        c.Stage2 = new ComplaintStage2 { RequestedOn = new DateOnly(2026, 1, 12) };
        ComplaintClocks.Refresh(c, Calc, new DateOnly(2026, 1, 12), TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(new DateOnly(2026, 1, 12), 25), c.NextDueOn);
        c.Stage2.StatementAgreedOn = new DateOnly(2026, 2, 2);
        ComplaintClocks.Refresh(c, Calc, new DateOnly(2026, 2, 2), TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.Equal(ComplaintKit.Calendar.AddWorkingDays(new DateOnly(2026, 2, 2), 25), c.NextDueOn);
        Assert.Equal(new DateOnly(2026, 1, 5), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage2Request).StartOn);
        Assert.Equal(new DateOnly(2026, 1, 12), c.Deadlines.Single(d => d.Step == ComplaintStep.Stage2Request).CompletedOn);
    }

    [Fact]
    public void FinishedComplaint_HasNothingDue_AndARemovedFactRemovesItsClock()
    {
        var c = New();
        c.Stage1RespondedOn = new DateOnly(2026, 1, 5);
        ComplaintClocks.Refresh(c, Calc, new DateOnly(2026, 1, 5), TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.Contains(c.Deadlines, d => d.Step == ComplaintStep.Stage2Request);
        c.Stage1RespondedOn = null;
        c.Status = ComplaintStatus.Withdrawn;
        ComplaintClocks.Refresh(c, Calc, new DateOnly(2026, 1, 5), TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.DoesNotContain(c.Deadlines, d => d.Step == ComplaintStep.Stage2Request);
        Assert.Null(c.NextDueOn);
        Assert.False(c.IsPaused);
    }

    [Fact]
    public void References_HaveTheYear_AndSixRandomCharactersThatCannotBeMistaken()
    {
        var made = Enumerable.Range(0, 200).Select(_ => ComplaintReferences.New(2026)).ToList();
        Assert.All(made, r => Assert.Matches("^CMP-2026-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{6}$", r));
        // Not sequential: 200 draws are (almost surely) all different and not in order.
        Assert.Equal(200, made.Distinct().Count());
        Assert.NotEqual(made.Order(StringComparer.Ordinal), made);
    }

    [Fact]
    public void TheQueue_AndTheComplaintPage_ShowTheSameStatus_OnEveryDay()
    {
        var c = New();
        c.AcknowledgedOn = Received;
        ComplaintClocks.Refresh(c, Calc, Received, TimeProvider.System.GetUtcNow().UtcDateTime);
        var next = c.Deadlines.Single(d => d.Step.ToString() == c.NextDueStep);
        Assert.Equal(ComplaintStep.Stage1Response, next.Step);
        var seen = new HashSet<DeadlineStatus>();
        for (var day = Received; day <= next.DueOn.AddDays(3); day = day.AddDays(1))
        {
            var onThePage = Calc.Status(next, day);
            Assert.Equal(onThePage, DeadlineCalculator.QueueStatus(c.NextDueOn!.Value, c.NextAmberOn, c.IsPaused, day));
            seen.Add(onThePage);
        }
        Assert.Equal([DeadlineStatus.OnTrack, DeadlineStatus.Amber, DeadlineStatus.DueToday, DeadlineStatus.Overdue], seen.Order());
    }
}
