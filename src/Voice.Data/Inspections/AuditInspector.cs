using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

/// <summary>A young inspector on an audit's team, with their consent as the participation officer recorded it.</summary>
public class AuditInspector
{
    public int Id { get; set; }
    public int AuditId { get; set; }
    public string UserId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public DateTime? ConsentRecordedAt { get; set; }
    /// <summary>How consent was given (and a parent's, if under 16).</summary>
    public string? ConsentNote { get; set; }
    public string? ConsentRecordedByName { get; set; }
    public DateTime AddedAt { get; set; }

    public bool HasConsent => ConsentRecordedAt is not null;
}

public class AuditInspectorConfiguration : IEntityTypeConfiguration<AuditInspector>
{
    public void Configure(EntityTypeBuilder<AuditInspector> b)
    {
        b.ToTable("AuditInspectors");
        b.Property(i => i.UserId).HasMaxLength(450);
        b.Property(i => i.DisplayName).HasMaxLength(200);
        b.Property(i => i.ConsentNote).HasMaxLength(1000);
        b.Property(i => i.ConsentRecordedByName).HasMaxLength(256);
        b.HasIndex(i => new { i.AuditId, i.UserId }).IsUnique().HasDatabaseName("IX_AuditInspectors_AuditId_UserId");
        b.HasIndex(i => i.UserId).HasDatabaseName("IX_AuditInspectors_UserId");
    }
}
