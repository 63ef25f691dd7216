using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public class LearningAction
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public LearningStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

public class LearningActionConfiguration : IEntityTypeConfiguration<LearningAction>
{
    public void Configure(EntityTypeBuilder<LearningAction> b)
    {
        b.ToTable("ComplaintLearningActions");
        b.Property(e => e.Description).HasMaxLength(ComplaintConfiguration.TextMax);
        b.Property(e => e.Owner).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintLearningActions_ComplaintId");
        b.HasIndex(e => new { e.Status, e.DueOn }).HasDatabaseName("IX_ComplaintLearningActions_Status_Due");
    }
}
