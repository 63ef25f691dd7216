using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

/// <summary>A question the young inspectors score, copied from the template when the audit is planned.</summary>
public class AuditCriterion
{
    public int Id { get; set; }
    public int AuditId { get; set; }
    public int Order { get; set; }
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Hint { get; set; }
}

public class AuditCriterionConfiguration : IEntityTypeConfiguration<AuditCriterion>
{
    public void Configure(EntityTypeBuilder<AuditCriterion> b)
    {
        b.ToTable("AuditCriteria");
        b.Property(c => c.Key).HasMaxLength(100);
        b.Property(c => c.Text).HasMaxLength(300);
        b.Property(c => c.Hint).HasMaxLength(500);
        b.HasIndex(c => new { c.AuditId, c.Order }).HasDatabaseName("IX_AuditCriteria_AuditId_Order");
    }
}
