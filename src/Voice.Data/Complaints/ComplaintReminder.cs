using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>A reminder that was sent, so each is sent once. The key says which (complaint, step, due date, kind; or digest and day).</summary>
public class ComplaintReminder
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public long? ComplaintId { get; set; }
    public string Kind { get; set; } = "";
    public string SentTo { get; set; } = "";
    public DateTime SentAt { get; set; }
}

public class ComplaintReminderConfiguration : IEntityTypeConfiguration<ComplaintReminder>
{
    public void Configure(EntityTypeBuilder<ComplaintReminder> b)
    {
        b.ToTable("ComplaintReminders");
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.Kind).HasMaxLength(50);
        b.Property(r => r.SentTo).HasMaxLength(256);
        b.HasIndex(r => r.Key).IsUnique().HasDatabaseName("IX_ComplaintReminders_Key");
    }
}
