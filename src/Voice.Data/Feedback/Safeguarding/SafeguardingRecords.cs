using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Feedback.Safeguarding;

public enum SampleOutcome { NothingMissed, Missed }

/// <summary>
/// A piece of free text the screen did not flag, picked at random (1–2%) for a person to read,
/// so that what the screen misses keeps being seen. A missed disclosure found here becomes a
/// labelled example and a flag.
/// </summary>
public class SafeguardingSample
{
    public Guid Id { get; set; }
    public string Source { get; set; } = "";
    public string SourceRecord { get; set; } = "";
    public string SourceLabel { get; set; } = "";
    public string FieldLabel { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime SampledAt { get; set; }
    public SampleOutcome? Outcome { get; set; }
    public string? Note { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedByName { get; set; }
}

/// <summary>
/// A labelled example added by safeguarding staff in the app, on top of
/// content/themes/safeguarding-examples.csv. Adding one is audited and retrains the semantic screen.
/// </summary>
public class SafeguardingExample
{
    public int Id { get; set; }
    /// <summary>"flag" (a person must read text like this) or "ok" (an ordinary comment).</summary>
    public string Label { get; set; } = "";
    public string Harm { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime AddedAt { get; set; }
    public string AddedByName { get; set; } = "";
}

public class SafeguardingSampleConfiguration : IEntityTypeConfiguration<SafeguardingSample>
{
    public void Configure(EntityTypeBuilder<SafeguardingSample> b)
    {
        b.ToTable("SafeguardingSamples");
        b.Property(s => s.Source).HasMaxLength(20);
        b.Property(s => s.SourceRecord).HasMaxLength(64);
        b.Property(s => s.SourceLabel).HasMaxLength(200);
        b.Property(s => s.FieldLabel).HasMaxLength(300);
        b.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Note).HasMaxLength(2000);
        b.Property(s => s.ReviewedByName).HasMaxLength(200);
        b.HasIndex(s => new { s.Outcome, s.SampledAt }).HasDatabaseName("IX_SafeguardingSamples_Open");
    }
}

public class SafeguardingExampleConfiguration : IEntityTypeConfiguration<SafeguardingExample>
{
    public void Configure(EntityTypeBuilder<SafeguardingExample> b)
    {
        b.ToTable("SafeguardingExamples");
        b.Property(e => e.Label).HasMaxLength(10);
        b.Property(e => e.Harm).HasMaxLength(50);
        b.Property(e => e.Text).HasMaxLength(1000);
        b.Property(e => e.AddedByName).HasMaxLength(200);
    }
}
