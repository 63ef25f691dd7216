using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

/// <summary>Responses and the Stage 2 and Stage 3 steps, allowed and refused, without HTTP or a database.</summary>
public class ComplaintStageTransitionsTests
{
    static readonly DeadlineCalculator Calc = new(ComplaintKit.Calendar, 2);
    static readonly DateOnly Received = new(2026, 11, 2); // a Monday

    static Complaint Open(ComplaintRoute route = ComplaintRoute.Statutory, int points = 1)
    {
        var c = new Complaint { Id = 1, Route = route, Stage = 1, Status = ComplaintStatus.Open, ReceivedOn = Received };
        for (var i = 1; i <= points; i++) c.Points.Add(new ComplaintPoint { Number = i, Summary = $"Point {i}" });
        return c;
    }

    static Dictionary<ComplaintPoint, PointOutcome> All(Complaint c, PointOutcome o) => c.Points.ToDictionary(p => p, _ => o);

    static Complaint AtStage2(ComplaintRoute route = ComplaintRoute.Statutory)
    {
        var c = Open(route);
        c.Respond(Received.AddDays(7), "Stage 1", All(c, PointOutcome.NotUpheld));
        c.RequestNextStage(Received.AddDays(8), null, Calc);
        return c;
    }

    static Complaint AtStage3()
    {
        var c = AtStage2();
        c.Respond(Received.AddDays(30), "Adjudication", All(c, PointOutcome.PartlyUpheld));
        c.RequestNextStage(Received.AddDays(31), null, Calc);
        return c;
    }

    static readonly PanelMemberEntry[] Panel = [new("Ann", "Lay member"), new("Bo", "Independent chair"), new("Cy", "Not a council officer")];

    [Fact]
    public void Respond_AtStage1_DecidesEveryPoint_AndOpensTheWindowForStage2()
    {
        var c = Open(points: 2);
        var (stage, final, change) = c.Respond(Received.AddDays(5), "We are sorry", All(c, PointOutcome.Upheld));
        Assert.Equal((1, false, ComplaintStatus.Responded), (stage, final, c.Status));
        Assert.Equal(Received.AddDays(5), c.Stage1RespondedOn);
        Assert.All(c.Points, p => Assert.Equal((PointOutcome.Upheld, 1), (p.Outcome!.Value, p.DecidedAtStage!.Value)));
        Assert.Equal("Point 1: Upheld\nPoint 2: Upheld\n\nWe are sorry", change.Detail);
        Assert.Equal(2, c.NextStageOpen());
    }

    [Fact]
    public void Respond_AtTheLastStage_ClosesTheComplaint_Stage2Corporate_Stage3Statutory()
    {
        var corporate = AtStage2(ComplaintRoute.Corporate);
        Assert.True(corporate.Respond(Received.AddDays(30), "Final", All(corporate, PointOutcome.Upheld)).Final);
        Assert.Equal((ComplaintStatus.Closed, Received.AddDays(30)), (corporate.Status, corporate.ClosedOn));

        var statutory = AtStage2();
        Assert.False(statutory.Respond(Received.AddDays(30), "Adjudication", All(statutory, PointOutcome.Upheld)).Final);
        Assert.Equal(ComplaintStatus.Responded, statutory.Status);
    }

    [Fact]
    public void Respond_WithoutPoints_WithAPointUndecided_BeforeTheStage_OrTwice_IsRefused()
    {
        Assert.Throws<ComplaintRuleException>(() => Open(points: 0).Respond(Received, "x", new Dictionary<ComplaintPoint, PointOutcome>()));
        var two = Open(points: 2);
        var e = Assert.Throws<ComplaintRuleException>(() => two.Respond(Received, "x", new Dictionary<ComplaintPoint, PointOutcome> { [two.Points[0]] = PointOutcome.Upheld }));
        Assert.Equal("Select the outcome for point 2", e.Message);
        Assert.Null(two.Points[0].Outcome);
        var early = Open();
        Assert.Throws<ComplaintRuleException>(() => early.Respond(Received.AddDays(-1), "x", All(early, PointOutcome.Upheld)));
        var once = Open();
        once.Respond(Received, "x", All(once, PointOutcome.Upheld));
        Assert.Throws<ComplaintRuleException>(() => once.Respond(Received, "y", All(once, PointOutcome.Upheld)));
    }

    [Fact]
    public void UpdateStage2_StartsStage2_RecordsThePeople_AndTheStatement()
    {
        var c = Open();
        c.Respond(Received.AddDays(7), "Stage 1", All(c, PointOutcome.NotUpheld));
        var changes = c.UpdateStage2(Received.AddDays(8), "Ian", "Ivy", Received.AddDays(10), Calc);
        Assert.Equal(["Stage 2 requested", "Statement agreed", "Stage 2 updated"], changes.Select(x => x.Kind));
        Assert.Equal((2, "Ian", "Ivy", Received.AddDays(10)), (c.Stage, c.Stage2!.InvestigatingOfficer, c.Stage2.IndependentPerson, c.Stage2.StatementAgreedOn!.Value));
    }

    [Fact]
    public void UpdateStage2_WithoutARequestDate_OneOfficerAsBoth_OrAStatementBeforeTheRequest_IsRefused()
    {
        var c = Open();
        c.Respond(Received.AddDays(7), "Stage 1", All(c, PointOutcome.NotUpheld));
        Assert.Throws<ComplaintRuleException>(() => c.UpdateStage2(null, "Ian", "Ivy", null, Calc));
        Assert.Throws<ComplaintRuleException>(() => AtStage2().UpdateStage2(null, "Ian", "ian", null, Calc));
        Assert.Throws<ComplaintRuleException>(() => AtStage2().UpdateStage2(null, "Ian", "Ivy", Received.AddDays(7), Calc));
        Assert.Throws<ComplaintRuleException>(() => Open().UpdateStage2(Received, "Ian", "Ivy", null, Calc));
    }

    [Fact]
    public void UpdatePanel_StartsStage3_WithThreeIndependentPeople_AndAMeeting()
    {
        var c = AtStage2();
        c.Respond(Received.AddDays(30), "Adjudication", All(c, PointOutcome.PartlyUpheld));
        var changes = c.UpdatePanel(Received.AddDays(31), Panel, Received.AddDays(40), Calc);
        Assert.Equal(["Stage 3 requested", "Panel chosen", "Panel date"], changes.Select(x => x.Kind));
        Assert.Equal(["Ann", "Bo", "Cy"], c.PanelMembers.Select(m => m.Name));
        Assert.Equal((3, Received.AddDays(40)), (c.Stage, c.Panel!.MeetingOn!.Value));
    }

    [Fact]
    public void UpdatePanel_TheStage2IndependentPerson_TwoOfOnePerson_AMeetingWithoutMembers_OrTheCorporateRoute_IsRefused()
    {
        var withIvy = AtStage3();
        withIvy.Stage2!.IndependentPerson = "Ivy";
        Assert.Equal("Ivy was the Stage 2 independent person and cannot sit on the panel",
            Assert.Throws<ComplaintRuleException>(() => withIvy.UpdatePanel(null, [new("Ivy", "x"), Panel[1], Panel[2]], null, Calc)).Message);
        Assert.Throws<ComplaintRuleException>(() => AtStage3().UpdatePanel(null, [Panel[0], Panel[0], Panel[2]], null, Calc));
        Assert.Throws<ComplaintRuleException>(() => AtStage3().UpdatePanel(null, null, Received.AddDays(40), Calc));
        var corporate = AtStage2(ComplaintRoute.Corporate);
        Assert.Throws<ComplaintRuleException>(() => corporate.UpdatePanel(Received.AddDays(31), Panel, null, Calc));
        Assert.Empty(withIvy.PanelMembers);
    }

    [Fact]
    public void RecordPanelReport_AfterTheMeeting_OnlyOnce()
    {
        var c = AtStage3();
        Assert.Throws<ComplaintRuleException>(() => c.RecordPanelReport(Received.AddDays(45)));
        c.UpdatePanel(null, Panel, Received.AddDays(40), Calc);
        Assert.Throws<ComplaintRuleException>(() => c.RecordPanelReport(Received.AddDays(39)));
        Assert.Equal("Panel report", c.RecordPanelReport(Received.AddDays(42)).Kind);
        Assert.Equal(Received.AddDays(42), c.Panel!.ReportSentOn);
        Assert.Throws<ComplaintRuleException>(() => c.RecordPanelReport(Received.AddDays(43)));
        var (stage, final, _) = c.Respond(Received.AddDays(50), "Final", All(c, PointOutcome.Upheld));
        Assert.Equal((3, true), (stage, final));
    }

    [Fact]
    public void DecideLate_AcceptsALateComplaint_RefusingALateRequestClosesIt_AndNothingLateIsRefused()
    {
        var late = Open();
        late.IsLate = true;
        Assert.Equal("Your complaint about something more than a year ago has been accepted", late.DecideLate(LateDecision.Accepted, "Fair", Received).Decided);
        Assert.Equal((LateDecision.Accepted, ComplaintStatus.Open), (late.LateDecision!.Value, late.Status));
        Assert.Throws<ComplaintRuleException>(() => late.DecideLate(LateDecision.Refused, "Again", Received));

        var request = Open();
        request.Respond(Received.AddDays(7), "Stage 1", All(request, PointOutcome.NotUpheld));
        request.RequestNextStage(Received.AddDays(7).AddMonths(3), null, Calc);
        request.DecideLate(LateDecision.Refused, "Too late", Received.AddMonths(4));
        Assert.Equal((LateDecision.Refused, ComplaintStatus.Closed, Received.AddMonths(4)), (request.Stage2!.LateDecision!.Value, request.Status, request.ClosedOn!.Value));

        Assert.Throws<ComplaintRuleException>(() => Open().DecideLate(LateDecision.Accepted, "Nothing late", Received));
    }
}
