using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Analytics;

/// <summary>
/// Pre-counted figures for the QA pages, rebuilt by a job from <see cref="FeedbackItem"/> so the
/// pages stay fast however much feedback there is. One row per quarter and combination of
/// source, journey point, team and age band; <see cref="ThemeId"/> "" is every comment, and a
/// theme id counts only comments with that theme. People are distinct responses.
/// </summary>
public class FeedbackSummary
{
    public long Id { get; set; }
    public int Quarter { get; set; }
    public string Source { get; set; } = "";
    public string JourneyPoint { get; set; } = "";
    public string Team { get; set; } = "";
    public string AgeBand { get; set; } = "";
    public string ThemeId { get; set; } = "";
    public int People { get; set; }
    public int Positive { get; set; }
    public int Negative { get; set; }
    public int Neutral { get; set; }
    public long ScoreSum { get; set; }
    public int ScoreCount { get; set; }
}

public class FeedbackSummaryConfiguration : IEntityTypeConfiguration<FeedbackSummary>
{
    public void Configure(EntityTypeBuilder<FeedbackSummary> b)
    {
        b.ToTable("FeedbackSummaries");
        b.Property(x => x.Source).HasMaxLength(40);
        b.Property(x => x.JourneyPoint).HasMaxLength(50);
        b.Property(x => x.Team).HasMaxLength(100);
        b.Property(x => x.AgeBand).HasMaxLength(20);
        b.Property(x => x.ThemeId).HasMaxLength(60);
        b.HasIndex(x => new { x.ThemeId, x.Quarter }).HasDatabaseName("IX_FeedbackSummaries_Theme_Quarter");
    }
}
