using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

/// <summary>Route, split, advocacy and date corrections, allowed and refused, without HTTP or a database.</summary>
public class ComplaintRecordTransitionsTests
{
    static readonly DateOnly Received = new(2026, 11, 2); // a Monday

    static Complaint Open() => new() { Id = 1, Route = ComplaintRoute.Statutory, Stage = 1, Status = ComplaintStatus.Open, ReceivedOn = Received, TrackingCodeHash = "h", Email = "a@example.com" };

    static CorrectableDate Date(string key) => ComplaintTransitions.CorrectableDates.Single(d => d.Key == key);

    [Fact]
    public void DecideRoute_IsRecorded_AndCannotChangeAfterTheStage1Response()
    {
        var c = Open();
        Assert.Equal("The complaint will follow the corporate procedure", c.DecideRoute(ComplaintRoute.Corporate, "School admissions", Received).Summary);
        Assert.Equal((ComplaintRoute.Corporate, Received), (c.Route, c.RouteDecidedOn!.Value));
        c.Stage1RespondedOn = Received.AddDays(5);
        Assert.Throws<ComplaintRuleException>(() => c.DecideRoute(ComplaintRoute.Statutory, "Changed my mind", Received.AddDays(6)));
        Assert.Equal("Same route", c.DecideRoute(ComplaintRoute.Corporate, "Same route", Received.AddDays(6)).Detail);
    }

    [Fact]
    public void SplitOut_CopiesTheComplainant_KeepsTheDateReceived_OnItsOwnRoute_NotWhenFinished()
    {
        var c = Open();
        var part = c.SplitOut("The school place", ComplaintRoute.Corporate, "Admissions", Received.AddDays(1), DateTime.UnixEpoch);
        Assert.Equal((1L, ComplaintRoute.Corporate, Received, "a@example.com", "h"), (part.SplitFromId!.Value, part.Route, part.ReceivedOn, part.Email!, part.TrackingCodeHash));
        c.Close(Received, "Done");
        Assert.Throws<ComplaintRuleException>(() => c.SplitOut("x", ComplaintRoute.Corporate, "y", Received, DateTime.UnixEpoch));
    }

    [Fact]
    public void Advocacy_ReferralPausesStage1_UntilAnAdvocateIsAppointed()
    {
        var c = Open();
        c.RecordAdvocacy(AdvocacyStep.Referred, Received.AddDays(1), null);
        Assert.Equal((Received.AddDays(1), PauseReason.AwaitingAdvocate), (c.AdvocacyOfferedOn!.Value, c.OpenPause()!.Reason));
        var change = c.RecordAdvocacy(AdvocacyStep.Appointed, Received.AddDays(4), "Coram Voice");
        Assert.Equal(("Coram Voice", Received.AddDays(4)), (change.Detail, c.AdvocateAppointedOn!.Value));
        Assert.Null(c.OpenPause());
        Assert.Throws<ComplaintRuleException>(() => c.RecordAdvocacy(AdvocacyStep.Offered, Received.AddDays(5), null));
    }

    [Fact]
    public void Advocacy_ReferredAfterTheResponse_WhilePaused_AppointedBeforeReferral_OrBeforeReceived_IsRefused()
    {
        var responded = Open();
        responded.Stage1RespondedOn = Received.AddDays(3);
        Assert.Throws<ComplaintRuleException>(() => responded.RecordAdvocacy(AdvocacyStep.Referred, Received.AddDays(4), null));
        var paused = Open();
        paused.Pause(Received, "Police");
        Assert.Throws<ComplaintRuleException>(() => paused.RecordAdvocacy(AdvocacyStep.Referred, Received.AddDays(1), null));
        var referred = Open();
        referred.RecordAdvocacy(AdvocacyStep.Referred, Received.AddDays(3), null);
        Assert.Throws<ComplaintRuleException>(() => referred.RecordAdvocacy(AdvocacyStep.Appointed, Received.AddDays(2), null));
        Assert.Throws<ComplaintRuleException>(() => Open().RecordAdvocacy(AdvocacyStep.Offered, Received.AddDays(-1), null));
    }

    [Fact]
    public void CorrectDate_ChangesARecordedDate_AndDecidesLatenessAgain()
    {
        var c = Open();
        c.HappenedOn = Received.AddYears(-1).AddDays(10);
        var change = c.CorrectDate(Date("received"), Received.AddYears(1).AddDays(-20), "Date-stamped");
        Assert.True(c.IsLate);
        Assert.Equal(("Date corrected", "Date-stamped"), (change.Kind, change.Detail));
        Assert.StartsWith("Date received corrected from 2 November 2026", change.Summary);
    }

    [Fact]
    public void CorrectDate_NotRecorded_OrTheSameDay_IsRefused()
    {
        Assert.Equal("Date acknowledged has not been recorded, so it cannot be corrected",
            Assert.Throws<ComplaintRuleException>(() => Open().CorrectDate(Date("acknowledged"), Received, "x")).Message);
        Assert.Throws<ComplaintRuleException>(() => Open().CorrectDate(Date("received"), Received, "x"));
        Assert.Throws<ComplaintRuleException>(() => Open().CorrectDate(new CorrectableDate("nonsense", "Nonsense"), Received, "x"));
    }
}
