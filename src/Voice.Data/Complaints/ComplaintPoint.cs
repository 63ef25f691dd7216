using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public class ComplaintPoint
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public int Number { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>The outcome at the latest stage that decided it.</summary>
    public PointOutcome? Outcome { get; set; }
    public int? DecidedAtStage { get; set; }
}

public class ComplaintPointConfiguration : IEntityTypeConfiguration<ComplaintPoint>
{
    public void Configure(EntityTypeBuilder<ComplaintPoint> b)
    {
        b.ToTable("ComplaintPoints");
        b.Property(p => p.Summary).HasMaxLength(ComplaintConfiguration.TextMax);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.ComplaintId, p.Number }).IsUnique().HasDatabaseName("IX_ComplaintPoints_Complaint_Number");
    }
}
