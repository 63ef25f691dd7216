using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

public class ComplaintTimescalesTests
{
    [Fact]
    public void Statutory_FollowsTheRegulationsAndTheCouncilStandard()
    {
        Assert.Equal(
        [
            (ComplaintStep.Acknowledgement, 3, 3),
            (ComplaintStep.Stage1Response, 10, 20),
            (ComplaintStep.Stage2Request, 20, 20),
            (ComplaintStep.Stage2Response, 25, 65),
            (ComplaintStep.Stage3Request, 20, 20),
            (ComplaintStep.PanelMeeting, 30, 30),
            (ComplaintStep.PanelReport, 5, 5),
            (ComplaintStep.FinalResponse, 15, 15),
        ], ComplaintTimescales.Statutory.Steps.Select(s => (s.Step, s.WorkingDays, s.MaximumWorkingDays)));
        Assert.All(ComplaintTimescales.Statutory.Steps, s => Assert.Equal(ComplaintRoute.Statutory, s.Route));
    }

    [Fact]
    public void Corporate_FollowsTheComplaintHandlingCode()
    {
        Assert.Equal(
        [
            (ComplaintStep.Acknowledgement, 5, 5),
            (ComplaintStep.Stage1Response, 10, 20),
            (ComplaintStep.Stage2Response, 20, 20),
        ], ComplaintTimescales.Corporate.Steps.Select(s => (s.Step, s.WorkingDays, s.MaximumWorkingDays)));
        Assert.All(ComplaintTimescales.Corporate.Steps, s => Assert.Equal(ComplaintRoute.Corporate, s.Route));
    }

    [Theory]
    [InlineData(ComplaintStep.Stage2Request)]
    [InlineData(ComplaintStep.Stage3Request)]
    [InlineData(ComplaintStep.PanelMeeting)]
    public void Corporate_HasNoStatutoryOnlySteps(ComplaintStep step)
    {
        Assert.False(ComplaintTimescales.Corporate.Has(step));
        var e = Assert.Throws<ArgumentException>(() => ComplaintTimescales.Corporate[step]);
        Assert.Contains("corporate route has no", e.Message);
    }

    [Fact]
    public void Indexer_FindsTheStep()
    {
        var stage2 = ComplaintTimescales.For(ComplaintRoute.Statutory)[ComplaintStep.Stage2Response];
        Assert.Equal((25, 40, false), (stage2.WorkingDays, stage2.MaximumExtension, stage2.IsRequestWindow));
        Assert.True(ComplaintTimescales.Statutory[ComplaintStep.Stage3Request].IsRequestWindow);
        Assert.Same(ComplaintTimescales.Corporate, ComplaintTimescales.For(ComplaintRoute.Corporate));
    }
}
