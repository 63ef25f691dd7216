using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Voice.Data.Complaints;

namespace Voice.Data.Analytics.Themes;

/// <summary>A taxonomy saved by QA in the app. The newest number is the one in use; the content
/// file is used until QA saves one. Rows are never changed: each edit is a new version.</summary>
public class ThemeTaxonomyVersion : IAppendOnly
{
    public int Id { get; set; }
    public int Number { get; set; }
    /// <summary>The taxonomy's version string (explicit version and content hash).</summary>
    public string Version { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime SavedAt { get; set; }
    public string SavedBy { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>QA's themes (and tone) for one comment. It becomes a training example at the next retrain.</summary>
public class ThemeCorrection : IAppendOnly
{
    public int Id { get; set; }
    /// <summary>The comment as QA saw it (already redacted).</summary>
    public string Text { get; set; } = "";
    /// <summary>Theme ids, comma-separated; empty when the comment fits no theme.</summary>
    public string Themes { get; set; } = "";
    public string? Tone { get; set; }
    public string TaxonomyVersion { get; set; } = "";
    /// <summary>The feedback item corrected, as the feedback store names it.</summary>
    public string? SourceKey { get; set; }
    public DateTime CorrectedAt { get; set; }
    public string CorrectedBy { get; set; } = "";
}

/// <summary>A person's decision on an emerging phrase: accepted into a theme, or dismissed.</summary>
public class EmergingPhraseDecision
{
    public int Id { get; set; }
    public string Phrase { get; set; } = "";
    public string Decision { get; set; } = "";
    public string? ThemeId { get; set; }
    public DateTime DecidedAt { get; set; }
    public string DecidedBy { get; set; } = "";
}

public class ThemeTaxonomyVersionConfiguration : IEntityTypeConfiguration<ThemeTaxonomyVersion>
{
    public void Configure(EntityTypeBuilder<ThemeTaxonomyVersion> b)
    {
        b.ToTable("ThemeTaxonomyVersions");
        b.Property(v => v.Version).HasMaxLength(80);
        b.Property(v => v.SavedBy).HasMaxLength(256);
        b.Property(v => v.Note).HasMaxLength(500);
        b.HasIndex(v => v.Number).IsUnique().HasDatabaseName("IX_ThemeTaxonomyVersions_Number");
    }
}

public class ThemeCorrectionConfiguration : IEntityTypeConfiguration<ThemeCorrection>
{
    public void Configure(EntityTypeBuilder<ThemeCorrection> b)
    {
        b.ToTable("ThemeCorrections");
        b.Property(c => c.Text).HasMaxLength(ThemeStore.MaxText);
        b.Property(c => c.Themes).HasMaxLength(1000);
        b.Property(c => c.Tone).HasMaxLength(20);
        b.Property(c => c.TaxonomyVersion).HasMaxLength(80);
        b.Property(c => c.SourceKey).HasMaxLength(100);
        b.Property(c => c.CorrectedBy).HasMaxLength(256);
        b.HasIndex(c => c.SourceKey).HasDatabaseName("IX_ThemeCorrections_SourceKey");
    }
}

public class EmergingPhraseDecisionConfiguration : IEntityTypeConfiguration<EmergingPhraseDecision>
{
    public void Configure(EntityTypeBuilder<EmergingPhraseDecision> b)
    {
        b.ToTable("EmergingPhraseDecisions");
        b.Property(d => d.Phrase).HasMaxLength(200);
        b.Property(d => d.Decision).HasMaxLength(20);
        b.Property(d => d.ThemeId).HasMaxLength(100);
        b.Property(d => d.DecidedBy).HasMaxLength(256);
        b.HasIndex(d => d.Phrase).IsUnique().HasDatabaseName("IX_EmergingPhraseDecisions_Phrase");
    }
}
