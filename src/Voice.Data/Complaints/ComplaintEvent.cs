using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>Something that happened to a complaint. Rows are only ever added (see <see cref="IAppendOnly"/>).</summary>
public class ComplaintEvent : IAppendOnly
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public DateTime At { get; set; }
    public string Kind { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Detail { get; set; }
    public string ActorName { get; set; } = "";
    public string? ActorId { get; set; }
    /// <summary>Shown to the complainant on the tracking page.</summary>
    public bool Public { get; set; }
}

public class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> b)
    {
        b.ToTable("ComplaintEvents");
        b.Property(e => e.Kind).HasMaxLength(50);
        b.Property(e => e.Summary).HasMaxLength(500);
        b.Property(e => e.Detail).HasMaxLength(ComplaintConfiguration.DescriptionMax);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.HasIndex(e => new { e.ComplaintId, e.At }).HasDatabaseName("IX_ComplaintEvents_Complaint_At");
    }
}
