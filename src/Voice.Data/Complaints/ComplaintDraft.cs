using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>A public complaint being written, one question per page; the key is the unguessable id in its URLs.</summary>
public class ComplaintDraft
{
    public string Id { get; set; } = "";
    public string Data { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long? ComplaintId { get; set; }
    /// <summary>The sent complaint's tracking code, encrypted and time-limited (see DraftCode in the web project).</summary>
    public string? TrackingCode { get; set; }
}

public class ComplaintDraftConfiguration : IEntityTypeConfiguration<ComplaintDraft>
{
    public void Configure(EntityTypeBuilder<ComplaintDraft> b)
    {
        b.ToTable("ComplaintDrafts");
        b.Property(d => d.Id).HasMaxLength(64);
        b.Property(d => d.TrackingCode).HasMaxLength(1000);
        b.HasIndex(d => d.UpdatedAt).HasDatabaseName("IX_ComplaintDrafts_UpdatedAt");
    }
}
