using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

/// <summary>One young inspector's score and evidence for one criterion of one item, saved as they go.</summary>
public class AuditScore
{
    public long Id { get; set; }
    public int AuditId { get; set; }
    public int ItemId { get; set; }
    public int CriterionId { get; set; }
    public string InspectorUserId { get; set; } = "";
    public int? Score { get; set; }
    public string? Evidence { get; set; }
    public DateTime SavedAt { get; set; }
}

public class AuditScoreConfiguration : IEntityTypeConfiguration<AuditScore>
{
    public void Configure(EntityTypeBuilder<AuditScore> b)
    {
        b.ToTable("AuditScores");
        b.Property(s => s.InspectorUserId).HasMaxLength(450);
        b.Property(s => s.Evidence).HasMaxLength(2000);
        b.HasIndex(s => new { s.ItemId, s.CriterionId, s.InspectorUserId }).IsUnique().HasDatabaseName("IX_AuditScores_Item_Criterion_Inspector");
        b.HasIndex(s => s.AuditId).HasDatabaseName("IX_AuditScores_AuditId");
        b.HasOne<Audit>().WithMany().HasForeignKey(s => s.AuditId).OnDelete(DeleteBehavior.Cascade);
    }
}
