using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

/// <summary>The tracking page finds which update a stored English summary is, so it can show it in the reader's language.</summary>
public class PublicUpdatesTests
{
    [Fact]
    public void EveryUpdateWithAStageOrADate_IsFoundFromItsOwnWords_WithItsValue()
    {
        var on = new DateOnly(2026, 12, 3);
        Assert.Equal(new PublicUpdates.Update("track.event.received", null), PublicUpdates.Parse(PublicUpdates.Received("In person", "Fostering")));
        Assert.Equal("Complaint received (in person) about fostering", PublicUpdates.Received("In person", "Fostering"));
        Assert.Equal(new PublicUpdates.Update("track.event.stage-response", 2), PublicUpdates.Parse(PublicUpdates.StageResponse(2)));
        Assert.Equal(new PublicUpdates.Update("track.event.statement-agreed", on), PublicUpdates.Parse(PublicUpdates.StatementAgreed(on)));
        Assert.Equal(new PublicUpdates.Update("track.event.panel-meets", on), PublicUpdates.Parse(PublicUpdates.PanelMeets(on)));
        Assert.Equal(new PublicUpdates.Update("track.event.extended", on), PublicUpdates.Parse(PublicUpdates.Extended(on)));
        // Stored before this class existed, in the same words.
        Assert.Equal(new PublicUpdates.Update("track.event.extended", new DateOnly(2027, 1, 14)), PublicUpdates.Parse("We need more time: we will now reply by 14 January 2027"));
    }

    [Theory]
    [InlineData("We acknowledged your complaint")]
    [InlineData("Complaint received about fostering")]
    [InlineData("We sent our Stage 7 response")]
    [InlineData("We need more time: we will now reply by 31 Smarch 2027")]
    [InlineData("The review panel meets on 3 December 2026 at the town hall")]
    public void OtherSummaries_AreNotTakenForOne(string summary) => Assert.Null(PublicUpdates.Parse(summary));

    [Fact]
    public void TheDate_IsWrittenInEnglish_WhateverTheServersCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("pl-PL");
            Assert.Equal("We need more time: we will now reply by 3 December 2026", PublicUpdates.Extended(new DateOnly(2026, 12, 3)));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }
}
