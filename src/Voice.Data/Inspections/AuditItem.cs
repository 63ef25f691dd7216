using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

/// <summary>
/// One thing that is scored: a place visited, a letter, a phone call, or one young person's own
/// plan. A plan belongs to its young inspector (<see cref="InspectorUserId"/>) and nobody else scores it.
/// </summary>
public class AuditItem
{
    public int Id { get; set; }
    public int AuditId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public string? InspectorUserId { get; set; }

    public bool IsFor(string userId) => InspectorUserId is null || InspectorUserId == userId;
}

public class AuditItemConfiguration : IEntityTypeConfiguration<AuditItem>
{
    public void Configure(EntityTypeBuilder<AuditItem> b)
    {
        b.ToTable("AuditItems");
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.InspectorUserId).HasMaxLength(450);
        b.HasIndex(i => new { i.AuditId, i.Order }).HasDatabaseName("IX_AuditItems_AuditId_Order");
    }
}
