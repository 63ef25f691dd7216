using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>Stage 2: investigation by an investigating officer with an independent person.</summary>
public class ComplaintStage2
{
    public long ComplaintId { get; set; }
    public DateOnly RequestedOn { get; set; }
    public bool RequestWasLate { get; set; }
    public LateDecision? LateDecision { get; set; }
    public string? LateDecisionReason { get; set; }
    public string? RequestReason { get; set; }
    public string? InvestigatingOfficer { get; set; }
    public string? IndependentPerson { get; set; }
    public DateOnly? StatementAgreedOn { get; set; }
    public int ExtensionDays { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public string? Response { get; set; }
}

public class ComplaintStage2Configuration : IEntityTypeConfiguration<ComplaintStage2>
{
    public void Configure(EntityTypeBuilder<ComplaintStage2> b)
    {
        b.ToTable("ComplaintStage2");
        b.HasKey(s => s.ComplaintId);
        b.Property(s => s.ComplaintId).ValueGeneratedNever();
        b.Property(s => s.LateDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LateDecisionReason).HasMaxLength(ComplaintConfiguration.TextMax);
        b.Property(s => s.RequestReason).HasMaxLength(ComplaintConfiguration.TextMax);
        b.Property(s => s.InvestigatingOfficer).HasMaxLength(200);
        b.Property(s => s.IndependentPerson).HasMaxLength(200);
        b.Property(s => s.Response).HasMaxLength(ComplaintConfiguration.DescriptionMax);
    }
}
