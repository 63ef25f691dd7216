using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

public enum AuditNoteKind { Theme, Quote }

/// <summary>
/// Part of the findings written by the young inspectors: a theme (what they noticed) or a quote
/// (what someone said). Quotes are shown only after redaction.
/// </summary>
public class AuditNote
{
    public int Id { get; set; }
    public int AuditId { get; set; }
    public AuditNoteKind Kind { get; set; }
    public string Text { get; set; } = "";
    public string WrittenById { get; set; } = "";
    public DateTime WrittenAt { get; set; }
}

public class AuditNoteConfiguration : IEntityTypeConfiguration<AuditNote>
{
    public void Configure(EntityTypeBuilder<AuditNote> b)
    {
        b.ToTable("AuditNotes");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Text).HasMaxLength(1000);
        b.Property(n => n.WrittenById).HasMaxLength(450);
        b.HasIndex(n => n.AuditId).HasDatabaseName("IX_AuditNotes_AuditId");
    }
}
