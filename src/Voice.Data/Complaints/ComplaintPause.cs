using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public class ComplaintPause
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public ComplaintStep Step { get; set; }
    public PauseReason Reason { get; set; }
    public string Detail { get; set; } = "";
    public DateOnly PausedOn { get; set; }
    public DateOnly? ResumedOn { get; set; }
}

public class ComplaintPauseConfiguration : IEntityTypeConfiguration<ComplaintPause>
{
    public void Configure(EntityTypeBuilder<ComplaintPause> b)
    {
        b.ToTable("ComplaintPauses");
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Reason).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Detail).HasMaxLength(ComplaintConfiguration.TextMax);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintPauses_ComplaintId");
    }
}
