using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

public enum ActionStatus { Open, Done }
public enum ActionVerification { Happened, PartlyHappened, DidNotHappen }

/// <summary>
/// A SMART action agreed in answer to a recommendation: what, who owns it, when (a number of
/// working days from the day it was agreed, on the calendar version stored with it), and how
/// success is measured. Its owner marks it done; the young inspectors check it happened.
/// </summary>
public class AuditAction
{
    public int Id { get; set; }
    public int AuditId { get; set; }
    public int RecommendationId { get; set; }
    public string What { get; set; } = "";
    public string OwnerId { get; set; } = "";
    public string OwnerName { get; set; } = "";
    public DateOnly AgreedOn { get; set; }
    public int WorkingDays { get; set; }
    public DateOnly DueOn { get; set; }
    public string CalendarVersion { get; set; } = "";
    public string SuccessMeasure { get; set; } = "";

    public ActionStatus Status { get; set; }
    public string? ProgressNote { get; set; }
    public DateOnly? DoneOn { get; set; }
    public ActionVerification? Verification { get; set; }
    public string? VerificationEvidence { get; set; }
    public string? VerifiedByName { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public DateOnly? LastRemindedOn { get; set; }

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;
}

public static class ActionVerificationText
{
    public static string Label(this ActionVerification v) => v switch
    {
        ActionVerification.Happened => "Yes, it happened",
        ActionVerification.PartlyHappened => "Some of it happened",
        ActionVerification.DidNotHappen => "No, it did not happen",
        _ => v.ToString(),
    };
}

public class AuditActionConfiguration : IEntityTypeConfiguration<AuditAction>
{
    public void Configure(EntityTypeBuilder<AuditAction> b)
    {
        b.ToTable("AuditActions");
        b.Property(a => a.What).HasMaxLength(500);
        b.Property(a => a.OwnerId).HasMaxLength(450);
        b.Property(a => a.OwnerName).HasMaxLength(200);
        b.Property(a => a.CalendarVersion).HasMaxLength(20);
        b.Property(a => a.SuccessMeasure).HasMaxLength(500);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ProgressNote).HasMaxLength(1000);
        b.Property(a => a.Verification).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.VerificationEvidence).HasMaxLength(1000);
        b.Property(a => a.VerifiedByName).HasMaxLength(256);
        b.HasIndex(a => a.RecommendationId).IsUnique().HasDatabaseName("IX_AuditActions_RecommendationId");
        b.HasIndex(a => new { a.Status, a.DueOn }).HasDatabaseName("IX_AuditActions_Status_DueOn");
        b.HasIndex(a => a.OwnerId).HasDatabaseName("IX_AuditActions_OwnerId");
        b.HasIndex(a => a.AuditId).HasDatabaseName("IX_AuditActions_AuditId");
    }
}
