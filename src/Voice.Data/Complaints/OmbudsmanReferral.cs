using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public class OmbudsmanReferral
{
    public long ComplaintId { get; set; }
    public DateOnly ReferredOn { get; set; }
    public string? OmbudsmanReference { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? Remedy { get; set; }
}

public class OmbudsmanReferralConfiguration : IEntityTypeConfiguration<OmbudsmanReferral>
{
    public void Configure(EntityTypeBuilder<OmbudsmanReferral> b)
    {
        b.ToTable("ComplaintOmbudsmanReferrals");
        b.HasKey(s => s.ComplaintId);
        b.Property(s => s.ComplaintId).ValueGeneratedNever();
        b.Property(s => s.OmbudsmanReference).HasMaxLength(50);
        b.Property(s => s.Outcome).HasMaxLength(100);
        b.Property(s => s.Remedy).HasMaxLength(ComplaintConfiguration.TextMax);
    }
}
