using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Feedback.Views;

/// <summary>A CSV of journey-point invitations uploaded by the performance team.</summary>
public class InvitationBatch
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public string UploadedById { get; set; } = "";
    public string UploadedByName { get; set; } = "";
    public int RowCount { get; set; }
}

public class InvitationBatchConfiguration : IEntityTypeConfiguration<InvitationBatch>
{
    public void Configure(EntityTypeBuilder<InvitationBatch> b)
    {
        b.ToTable("InvitationBatches");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.UploadedById).HasMaxLength(64);
        b.Property(x => x.UploadedByName).HasMaxLength(200);
        b.HasIndex(x => x.UploadedAt).HasDatabaseName("IX_InvitationBatches_UploadedAt");
    }
}
