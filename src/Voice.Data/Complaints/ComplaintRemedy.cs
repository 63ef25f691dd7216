using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public class ComplaintRemedy
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public RemedyKind Kind { get; set; }
    public string Description { get; set; } = "";
    public int? AmountPence { get; set; }
    public DateOnly AgreedOn { get; set; }
}

public class ComplaintRemedyConfiguration : IEntityTypeConfiguration<ComplaintRemedy>
{
    public void Configure(EntityTypeBuilder<ComplaintRemedy> b)
    {
        b.ToTable("ComplaintRemedies");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Description).HasMaxLength(ComplaintConfiguration.TextMax);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintRemedies_ComplaintId");
    }
}
