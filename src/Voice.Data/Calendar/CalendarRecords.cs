using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Calendar;

/// <summary>An administrator's one-off change to the working-day calendar, in force while the row exists.</summary>
public class CalendarAdjustmentRecord
{
    public long Id { get; set; }
    public DateOnly Date { get; set; }
    public AdjustmentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public CalendarAdjustment ToAdjustment() => new(Date, Kind, Title);
}

/// <summary>
/// A calendar version that was in force: its hash (<see cref="WorkingDayCalendar.Version"/>),
/// the adjustments that made it (JSON), and why it changed. Any stored deadline can be
/// reproduced from the published data and the adjustments of its version.
/// </summary>
public class CalendarVersionRecord
{
    public long Id { get; set; }
    public string Version { get; set; } = "";
    public string AdjustmentsJson { get; set; } = "[]";
    public string Change { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public class CalendarRecordConfiguration : IEntityTypeConfiguration<CalendarAdjustmentRecord>, IEntityTypeConfiguration<CalendarVersionRecord>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustmentRecord> b)
    {
        b.ToTable("CalendarAdjustments");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.HasIndex(a => a.Date).IsUnique().HasDatabaseName("IX_CalendarAdjustments_Date");
    }

    public void Configure(EntityTypeBuilder<CalendarVersionRecord> b)
    {
        b.ToTable("CalendarVersions");
        b.Property(v => v.Version).HasMaxLength(20);
        b.Property(v => v.Change).HasMaxLength(500);
        b.Property(v => v.CreatedBy).HasMaxLength(256);
        b.HasIndex(v => v.Version).IsUnique().HasDatabaseName("IX_CalendarVersions_Version");
    }
}
