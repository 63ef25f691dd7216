using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Feedback.Views;

public enum FlagDecision { NoConcern, AlreadyKnown, Referred }

/// <summary>
/// Free text that the screen thinks may suggest harm. Raised the moment the text is saved, due
/// the same working day, and closed only by a person's recorded decision. Flags are grouped in
/// the queue by their source record (<see cref="Source"/> and <see cref="SourceRecord"/>: one
/// questionnaire response, one complaint, one health history request).
/// </summary>
public class SafeguardingFlag : IVersioned
{
    public Guid Id { get; set; }
    /// <summary>Two duty officers deciding one flag: the second sees the first's decision, not an overwrite.</summary>
    public int Version { get; set; }
    public string Source { get; set; } = "view";
    public Guid ResponseId { get; set; }
    /// <summary>The record the text belongs to, within <see cref="Source"/>: a response, complaint or request id.</summary>
    public string SourceRecord { get; set; } = "";
    /// <summary>How staff know the record: "Case AB12", "Complaint NF-2026-000123".</summary>
    public string SourceLabel { get; set; } = "";
    /// <summary>The question or field the text was written in.</summary>
    public string QuestionId { get; set; } = "";
    /// <summary>What the field is called, for the queue and the email (never the person's words).</summary>
    public string FieldLabel { get; set; } = "";
    /// <summary>The text as it was screened (shown to the person deciding).</summary>
    public string ScreenedText { get; set; } = "";
    /// <summary>Which signal fired: lexicon, semantic or both.</summary>
    public string Signal { get; set; } = "lexicon";
    /// <summary>The semantic classifier's probability for the most worrying sentence (0–1).</summary>
    public double? Score { get; set; }
    /// <summary>Why it was flagged, in words: the phrase, or the nearest labelled examples and their similarity.</summary>
    public string Why { get; set; } = "";
    /// <summary>When the duty manager was last told this flag is overdue, and how many times.</summary>
    public DateTime? EscalatedAt { get; set; }
    public int EscalationCount { get; set; }
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
        // Defaults only so that flags raised before screen 2 could gain these columns.
        b.Property(f => f.SourceRecord).HasMaxLength(64).HasDefaultValue("");
        b.Property(f => f.SourceLabel).HasMaxLength(200).HasDefaultValue("");
        b.Property(f => f.FieldLabel).HasMaxLength(300).HasDefaultValue("");
        b.Property(f => f.ScreenedText).HasDefaultValue("");
        b.Property(f => f.Signal).HasMaxLength(20).HasDefaultValue("");
        b.Property(f => f.Why).HasMaxLength(2000).HasDefaultValue("");
        b.Property(f => f.EscalationCount).HasDefaultValue(0);
        b.Property(f => f.Category).HasMaxLength(100);
        b.Property(f => f.RuleId).HasMaxLength(100);
        b.Property(f => f.MatchedText).HasMaxLength(500);
        b.Property(f => f.LexiconVersion).HasMaxLength(20);
        b.Property(f => f.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.DecisionNote).HasMaxLength(2000);
        b.Property(f => f.DecidedByName).HasMaxLength(200);
        b.HasIndex(f => new { f.Decision, f.DueAt }).HasDatabaseName("IX_SafeguardingFlags_Open");
        b.HasIndex(f => f.ResponseId).HasDatabaseName("IX_SafeguardingFlags_ResponseId");
        // The triage page's "decided in the last 30 days", newest first (issue 14).
        b.HasIndex(f => f.DecidedAt).HasDatabaseName("IX_SafeguardingFlags_DecidedAt");
        b.HasIndex(f => new { f.Source, f.SourceRecord }).HasDatabaseName("IX_SafeguardingFlags_Source");
    }
}
