using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Analytics;

/// <summary>
/// Pre-counted figures for the QA pages, rebuilt by a job from <see cref="FeedbackItem"/> so the
/// pages stay fast however much feedback there is. One row per quarter and combination of
/// source, journey point, team and age band; <see cref="ThemeId"/> "" is every comment, and a
/// theme id counts only comments with that theme. People are distinct responses.
/// Rows are also kept added up over every subset of the four filters (<see cref="Rollup"/>), so
/// any filtered figure the pages need is one row read through the index, not a sum over
/// thousands of small groups.
/// </summary>
public class FeedbackSummary
{
    public long Id { get; set; }

    /// <summary>
    /// Which filters this row is added up over (<see cref="Rollups"/> bits): 0 is one exact
    /// combination; a set bit means every value of that filter, and its column is "".
    /// </summary>
    public int Rollup { get; set; }
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
        b.Property(x => x.Rollup).HasDefaultValue(0);
        b.HasIndex(x => new { x.Rollup, x.Team, x.JourneyPoint, x.AgeBand, x.Source, x.ThemeId, x.Quarter }).HasDatabaseName("IX_FeedbackSummaries_Rollup_Filters");
    }
}

/// <summary>The bits of <see cref="FeedbackSummary.Rollup"/>, one per filter the QA pages offer.</summary>
public static class Rollups
{
    public const int Team = 1, JourneyPoint = 2, AgeBand = 4, Source = 8, All = 15;

    /// <summary>The bit of a <see cref="FeedbackFilter"/> dimension name ("team", "journey", "age", "source").</summary>
    public static int Of(string dimension) => dimension switch
    {
        "team" => Team,
        "journey" => JourneyPoint,
        "age" => AgeBand,
        "source" => Source,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "not a QA filter"),
    };
}
