using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>Stage 3: the review panel, its report and the council's final response.</summary>
public class ComplaintPanel
{
    public long ComplaintId { get; set; }
    public DateOnly RequestedOn { get; set; }
    public bool RequestWasLate { get; set; }
    public LateDecision? LateDecision { get; set; }
    public string? LateDecisionReason { get; set; }
    public string? RequestReason { get; set; }
    public DateOnly? MeetingOn { get; set; }
    public DateOnly? ReportSentOn { get; set; }
    public DateOnly? FinalResponseOn { get; set; }
}

public class ComplaintPanelConfiguration : IEntityTypeConfiguration<ComplaintPanel>
{
    public void Configure(EntityTypeBuilder<ComplaintPanel> b)
    {
        b.ToTable("ComplaintPanels");
        b.HasKey(s => s.ComplaintId);
        b.Property(s => s.ComplaintId).ValueGeneratedNever();
        b.Property(s => s.LateDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LateDecisionReason).HasMaxLength(ComplaintConfiguration.TextMax);
        b.Property(s => s.RequestReason).HasMaxLength(ComplaintConfiguration.TextMax);
    }
}
