using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

/// <summary>
/// A complaint about children's services. Facts (dates, decisions) live here and in the stage
/// records; due dates are worked out from them (<see cref="ComplaintClocks"/>) and stored in
/// <see cref="ComplaintDeadline"/> with the calendar version used. The tracking code is kept
/// only as a SHA-256 hash.
/// </summary>
public class Complaint : IVersioned
{
    public long Id { get; set; }
    /// <summary>Moved on by every change to the complaint or its parts (see <see cref="ComplaintEvent"/>): two officers cannot overwrite each other.</summary>
    public int Version { get; set; }
    /// <summary>"CMP-2026-000123": the year received and the row id.</summary>
    public string Reference { get; set; } = "";
    public string TrackingCodeHash { get; set; } = "";
    /// <summary>The private link's token (<see cref="Access.AccessCodes.HashLink"/>); parts split from one complaint share it, as they share the code. Null for complaints made before links had tokens.</summary>
    public string? TrackingLinkHash { get; set; }
    /// <summary>The online draft it came from; unique, so a double submission creates one complaint.</summary>
    public string? SubmissionKey { get; set; }
    /// <summary>Set when this complaint was split out of another.</summary>
    public long? SplitFromId { get; set; }

    public ComplaintRoute Route { get; set; }
    public string? RouteReason { get; set; }
    public DateOnly? RouteDecidedOn { get; set; }
    public int Stage { get; set; } = 1;
    public ComplaintStatus Status { get; set; }

    public ComplainantType ComplainantType { get; set; }
    public string? Relationship { get; set; }
    public string ComplainantName { get; set; } = "";
    public string Service { get; set; } = "";
    public string Description { get; set; } = "";
    public string? WantedOutcome { get; set; }
    public DateOnly? HappenedOn { get; set; }
    /// <summary>The matter was more than a year before the complaint (reg 9): staff decide whether to accept it.</summary>
    public bool IsLate { get; set; }
    public string? LateReason { get; set; }
    public LateDecision? LateDecision { get; set; }
    public string? LateDecisionReason { get; set; }

    public bool NeedsAdvocate { get; set; }
    public bool NeedsInterpreter { get; set; }
    public string? InterpreterLanguage { get; set; }
    public string? OtherFormat { get; set; }

    /// <summary>The language the complaint was made in (a code such as "pl"); the complainant's messages are sent in it.</summary>
    public string Language { get; set; } = Voice.Data.Languages.Language.EnglishCode;

    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public ContactPreference ContactPreference { get; set; }

    public DateOnly ReceivedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public ReceivedChannel Channel { get; set; }
    public string? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }

    public DateOnly? AcknowledgedOn { get; set; }
    public DateOnly? AdvocacyOfferedOn { get; set; }
    public DateOnly? AdvocacyReferredOn { get; set; }
    public DateOnly? AdvocateAppointedOn { get; set; }
    public int Stage1ExtensionDays { get; set; }
    public DateOnly? Stage1RespondedOn { get; set; }
    public string? Stage1Response { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }

    /// <summary>The earliest open staff deadline, for the queue; null when nothing is due from staff.</summary>
    public DateOnly? NextDueOn { get; set; }
    public string? NextDueStep { get; set; }
    /// <summary>The day the next deadline turns amber (80% used or within the warning period).</summary>
    public DateOnly? NextAmberOn { get; set; }
    public bool IsPaused { get; set; }
    public string? CalendarVersion { get; set; }

    public ComplaintStage2? Stage2 { get; set; }
    public ComplaintPanel? Panel { get; set; }
    public OmbudsmanReferral? Ombudsman { get; set; }
    public List<ComplaintPoint> Points { get; set; } = [];
    public List<ComplaintEvent> Events { get; set; } = [];
    public List<ComplaintExtension> Extensions { get; set; } = [];
    public List<ComplaintPause> Pauses { get; set; } = [];
    public List<ComplaintDeadline> Deadlines { get; set; } = [];
    public List<ComplaintRemedy> Remedies { get; set; } = [];
    public List<LearningAction> LearningActions { get; set; } = [];
    public List<PanelMember> PanelMembers { get; set; } = [];

    public bool IsFinished => Status is ComplaintStatus.Closed or ComplaintStatus.Withdrawn;
}

/// <summary>The complaints table, and the text limits every complaint form and part shares.</summary>
public class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public const int DescriptionMax = 5000;
    public const int TextMax = 2000;

    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints");
        b.Property(c => c.Version).IsConcurrencyToken().HasDefaultValue(0);
        b.Property(c => c.Reference).HasMaxLength(20);
        b.Property(c => c.TrackingCodeHash).HasMaxLength(64);
        b.Property(c => c.TrackingLinkHash).HasMaxLength(64);
        b.HasIndex(c => c.TrackingLinkHash).HasDatabaseName("IX_Complaints_TrackingLinkHash");
        b.Property(c => c.SubmissionKey).HasMaxLength(64);
        b.Property(c => c.Route).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.RouteReason).HasMaxLength(TextMax);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.ComplainantType).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Relationship).HasMaxLength(200);
        b.Property(c => c.ComplainantName).HasMaxLength(200);
        b.Property(c => c.Service).HasMaxLength(50);
        b.Property(c => c.Description).HasMaxLength(DescriptionMax);
        b.Property(c => c.WantedOutcome).HasMaxLength(TextMax);
        b.Property(c => c.LateReason).HasMaxLength(TextMax);
        b.Property(c => c.LateDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.LateDecisionReason).HasMaxLength(TextMax);
        b.Property(c => c.InterpreterLanguage).HasMaxLength(100);
        b.Property(c => c.OtherFormat).HasMaxLength(200);
        b.Property(c => c.Language).HasMaxLength(10).HasDefaultValue(Voice.Data.Languages.Language.EnglishCode);
        b.Property(c => c.Email).HasMaxLength(256);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Address).HasMaxLength(500);
        b.Property(c => c.ContactPreference).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AssignedToId).HasMaxLength(64);
        b.Property(c => c.AssignedToName).HasMaxLength(200);
        b.Property(c => c.Stage1Response).HasMaxLength(DescriptionMax);
        b.Property(c => c.NextDueStep).HasMaxLength(30);
        b.Property(c => c.CalendarVersion).HasMaxLength(20);
        b.HasIndex(c => c.Reference).IsUnique().HasDatabaseName("IX_Complaints_Reference");
        b.HasIndex(c => c.SubmissionKey).IsUnique().HasDatabaseName("IX_Complaints_SubmissionKey");
        b.HasIndex(c => new { c.Status, c.NextDueOn }).HasDatabaseName("IX_Complaints_Queue");
        b.HasIndex(c => new { c.AssignedToId, c.NextDueOn }).HasDatabaseName("IX_Complaints_Assigned");
        b.HasIndex(c => c.ReceivedOn).HasDatabaseName("IX_Complaints_ReceivedOn");
        b.HasIndex(c => new { c.NextDueOn, c.Id }).HasDatabaseName("IX_Complaints_Due");
        b.HasOne(c => c.Stage2).WithOne().HasForeignKey<ComplaintStage2>(s => s.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Panel).WithOne().HasForeignKey<ComplaintPanel>(s => s.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Ombudsman).WithOne().HasForeignKey<OmbudsmanReferral>(s => s.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Points).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Extensions).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Pauses).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Deadlines).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Remedies).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.LearningActions).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.PanelMembers).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
