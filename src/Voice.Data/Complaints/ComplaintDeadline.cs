using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>A due date as last worked out, with the calendar version that gave it.</summary>
public class ComplaintDeadline
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public ComplaintStep Step { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly HalfwayOn { get; set; }
    public DateOnly EightyPercentOn { get; set; }
    public int ExtensionDays { get; set; }
    public int PausedDays { get; set; }
    public bool IsPaused { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string CalendarVersion { get; set; } = "";
    public DateTime CalculatedAt { get; set; }
}

public class ComplaintDeadlineConfiguration : IEntityTypeConfiguration<ComplaintDeadline>
{
    public void Configure(EntityTypeBuilder<ComplaintDeadline> b)
    {
        b.ToTable("ComplaintDeadlines");
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.CalendarVersion).HasMaxLength(20);
        b.HasIndex(e => new { e.ComplaintId, e.Step }).IsUnique().HasDatabaseName("IX_ComplaintDeadlines_Complaint_Step");
    }
}
