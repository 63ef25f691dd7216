using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Audit;

/// <summary>
/// Who did what to which record, and when. Rows are only ever added: the app refuses to save a
/// change or deletion (<see cref="Complaints.IAppendOnly"/>), and the database refuses one too
/// (triggers from migration 20261126950200_AuditAppendOnly).
/// </summary>
public class AuditEntry : Complaints.IAppendOnly
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
        // The administrators' audit search: by person or by action, newest first, a page at a time.
        b.HasIndex(e => new { e.ActorId, e.Id }).HasDatabaseName("IX_AuditEntries_Actor");
        b.HasIndex(e => new { e.Action, e.Id }).HasDatabaseName("IX_AuditEntries_Action");
    }
}
