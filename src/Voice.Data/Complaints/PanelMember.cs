using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>One of the three independent people on a review panel, with how independence was checked.</summary>
public class PanelMember
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public string Name { get; set; } = "";
    public string IndependenceNote { get; set; } = "";
}

public class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> b)
    {
        b.ToTable("ComplaintPanelMembers");
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.IndependenceNote).HasMaxLength(ComplaintConfiguration.TextMax);
        b.HasIndex(m => m.ComplaintId).HasDatabaseName("IX_ComplaintPanelMembers_ComplaintId");
    }
}
