using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Audit;

/// <summary>Who did what to which record, and when. Rows are only ever added.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string Action { get; set; } = "";
    public string RecordType { get; set; } = "";
    public string? RecordId { get; set; }
    public string? Detail { get; set; }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(100);
        b.Property(e => e.RecordType).HasMaxLength(100);
        b.Property(e => e.RecordId).HasMaxLength(100);
        b.Property(e => e.Detail).HasMaxLength(4000);
        b.HasIndex(e => new { e.RecordType, e.RecordId }).HasDatabaseName("IX_AuditEntries_Record");
        b.HasIndex(e => e.At).HasDatabaseName("IX_AuditEntries_At");
    }
}
