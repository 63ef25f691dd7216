using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

public class ComplaintVoiceTests
{
    [Theory]
    [InlineData("You added information", "The complainant added information")]
    [InlineData("You asked for Stage 2 after the time limit. A complaints manager will decide and tell you", "The complainant asked for Stage 2 after the time limit. A complaints manager will decide and tell the complainant")]
    [InlineData("You withdrew your complaint", "The complainant withdrew the complaint")]
    [InlineData("Your complaint is closed", "The complaint is closed")]
    [InlineData("Your late request for Stage 2 has been accepted", "The complainant's late request for Stage 2 has been accepted")]
    [InlineData("We acknowledged your complaint", "Acknowledged the complaint")]
    [InlineData("We have paused your complaint because of court or police proceedings", "Paused the complaint because of court or police proceedings")]
    [InlineData("We need more time: we will now reply by 4 December 2026", "Extended: the reply is now due by 4 December 2026")]
    [InlineData("We asked an advocacy service for an advocate. The time limit for our reply stops until one is appointed", "Asked an advocacy service for an advocate. The time limit for the reply stops until one is appointed")]
    [InlineData("We sent our Stage 1 response", "Sent the Stage 1 response")]
    [InlineData("Assigned to Sam Officer", "Assigned to Sam Officer")]
    public void StaffReadTheTimelineInStaffVoice(string complainantWords, string staffWords) =>
        Assert.Equal(staffWords, ComplaintVoice.ForStaff(complainantWords));
}
