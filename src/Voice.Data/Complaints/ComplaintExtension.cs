using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public class ComplaintExtension
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public ComplaintStep Step { get; set; }
    public int WorkingDays { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly NewDueOn { get; set; }
    public bool ComplainantTold { get; set; }
    public DateTime At { get; set; }
    public string ByName { get; set; } = "";
}

public class ComplaintExtensionConfiguration : IEntityTypeConfiguration<ComplaintExtension>
{
    public void Configure(EntityTypeBuilder<ComplaintExtension> b)
    {
        b.ToTable("ComplaintExtensions");
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Reason).HasMaxLength(ComplaintConfiguration.TextMax);
        b.Property(e => e.ByName).HasMaxLength(256);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintExtensions_ComplaintId");
    }
}
