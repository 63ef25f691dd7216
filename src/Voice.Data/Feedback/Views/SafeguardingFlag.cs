using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Feedback.Views;

public enum FlagDecision { NoConcern, AlreadyKnown, Referred }

/// <summary>
/// Free text that the screen thinks may suggest harm. Raised the moment the text is saved, due
/// the same working day, and closed only by a person's recorded decision.
/// </summary>
public class SafeguardingFlag : IVersioned
{
    public Guid Id { get; set; }
    /// <summary>Two duty officers deciding one flag: the second sees the first's decision, not an overwrite.</summary>
    public int Version { get; set; }
    public string Source { get; set; } = "view";
    public Guid ResponseId { get; set; }
    public string QuestionId { get; set; } = "";
    public int Tier { get; set; }
    public string Category { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string MatchedText { get; set; } = "";
    public string LexiconVersion { get; set; } = "";
    public DateTime RaisedAt { get; set; }
    public DateTime DueAt { get; set; }
    public FlagDecision? Decision { get; set; }
    public string? DecisionNote { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedByName { get; set; }
}

public class SafeguardingFlagConfiguration : IEntityTypeConfiguration<SafeguardingFlag>
{
    public void Configure(EntityTypeBuilder<SafeguardingFlag> b)
    {
        b.ToTable("SafeguardingFlags");
        b.Property(f => f.Version).IsConcurrencyToken().HasDefaultValue(0);
        b.Property(f => f.Source).HasMaxLength(20);
        b.Property(f => f.QuestionId).HasMaxLength(100);
        b.Property(f => f.Category).HasMaxLength(100);
        b.Property(f => f.RuleId).HasMaxLength(100);
        b.Property(f => f.MatchedText).HasMaxLength(500);
        b.Property(f => f.LexiconVersion).HasMaxLength(20);
        b.Property(f => f.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.DecisionNote).HasMaxLength(2000);
        b.Property(f => f.DecidedByName).HasMaxLength(200);
        b.HasIndex(f => new { f.Decision, f.DueAt }).HasDatabaseName("IX_SafeguardingFlags_Open");
        b.HasIndex(f => f.ResponseId).HasDatabaseName("IX_SafeguardingFlags_ResponseId");
    }
}
