using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Complaints;

public enum ComplaintStatus
{
    /// <summary>Being handled at its current stage.</summary>
    Open,
    /// <summary>The stage's response has been sent; the complainant may ask for the next stage.</summary>
    Responded,
    /// <summary>The complainant asked for the next stage late; staff must decide.</summary>
    AwaitingDecision,
    Closed,
    Withdrawn,
}

public enum ComplainantType { Child, Parent, FosterCarer, CareLeaver, SpecialGuardian, OnBehalf, Other }
public enum ReceivedChannel { Online, Phone, Letter, Email, InPerson }
public enum ContactPreference { Email, Phone, Post }
public enum PointOutcome { Upheld, PartlyUpheld, NotUpheld }
public enum LateDecision { Accepted, Refused }
public enum LearningStatus { NotStarted, InProgress, Done }
public enum RemedyKind { Apology, Payment, ServiceChange, Other }

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

/// <summary>One of the three independent people on a review panel, with how independence was checked.</summary>
public class PanelMember
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public string Name { get; set; } = "";
    public string IndependenceNote { get; set; } = "";
}

public class ComplaintPoint
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public int Number { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>The outcome at the latest stage that decided it.</summary>
    public PointOutcome? Outcome { get; set; }
    public int? DecidedAtStage { get; set; }
}

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

public class ComplaintExtension
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public ComplaintStep Step { get; set; }
    public int WorkingDays { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly NewDueOn { get; set; }
    public bool ComplainantTold { get; set; }
    public DateTime At { get; set; }
    public string ByName { get; set; } = "";
}

public class ComplaintPause
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public ComplaintStep Step { get; set; }
    public PauseReason Reason { get; set; }
    public string Detail { get; set; } = "";
    public DateOnly PausedOn { get; set; }
    public DateOnly? ResumedOn { get; set; }
}

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

public class ComplaintRemedy
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public RemedyKind Kind { get; set; }
    public string Description { get; set; } = "";
    public int? AmountPence { get; set; }
    public DateOnly AgreedOn { get; set; }
}

public class LearningAction
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public LearningStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

public class OmbudsmanReferral
{
    public long ComplaintId { get; set; }
    public DateOnly ReferredOn { get; set; }
    public string? OmbudsmanReference { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? Remedy { get; set; }
}

/// <summary>A public complaint being written, one question per page; the key is the unguessable id in its URLs.</summary>
public class ComplaintDraft
{
    public string Id { get; set; } = "";
    public string Data { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long? ComplaintId { get; set; }
}

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

/// <summary>Entities whose rows may be added but never changed or deleted; the context refuses.</summary>
public interface IAppendOnly;

public class ComplaintConfiguration :
    IEntityTypeConfiguration<Complaint>, IEntityTypeConfiguration<ComplaintStage2>, IEntityTypeConfiguration<ComplaintPanel>,
    IEntityTypeConfiguration<PanelMember>, IEntityTypeConfiguration<ComplaintPoint>, IEntityTypeConfiguration<ComplaintEvent>,
    IEntityTypeConfiguration<ComplaintExtension>, IEntityTypeConfiguration<ComplaintPause>, IEntityTypeConfiguration<ComplaintDeadline>,
    IEntityTypeConfiguration<ComplaintRemedy>, IEntityTypeConfiguration<LearningAction>, IEntityTypeConfiguration<OmbudsmanReferral>,
    IEntityTypeConfiguration<ComplaintDraft>, IEntityTypeConfiguration<ComplaintReminder>
{
    public const int DescriptionMax = 5000;
    public const int TextMax = 2000;

    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints");
        b.Property(c => c.Version).IsConcurrencyToken().HasDefaultValue(0);
        b.Property(c => c.Reference).HasMaxLength(20);
        b.Property(c => c.TrackingCodeHash).HasMaxLength(64);
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

    public void Configure(EntityTypeBuilder<ComplaintStage2> b)
    {
        b.ToTable("ComplaintStage2");
        b.HasKey(s => s.ComplaintId);
        b.Property(s => s.ComplaintId).ValueGeneratedNever();
        b.Property(s => s.LateDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LateDecisionReason).HasMaxLength(TextMax);
        b.Property(s => s.RequestReason).HasMaxLength(TextMax);
        b.Property(s => s.InvestigatingOfficer).HasMaxLength(200);
        b.Property(s => s.IndependentPerson).HasMaxLength(200);
        b.Property(s => s.Response).HasMaxLength(DescriptionMax);
    }

    public void Configure(EntityTypeBuilder<ComplaintPanel> b)
    {
        b.ToTable("ComplaintPanels");
        b.HasKey(s => s.ComplaintId);
        b.Property(s => s.ComplaintId).ValueGeneratedNever();
        b.Property(s => s.LateDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LateDecisionReason).HasMaxLength(TextMax);
        b.Property(s => s.RequestReason).HasMaxLength(TextMax);
    }

    public void Configure(EntityTypeBuilder<PanelMember> b)
    {
        b.ToTable("ComplaintPanelMembers");
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.IndependenceNote).HasMaxLength(TextMax);
        b.HasIndex(m => m.ComplaintId).HasDatabaseName("IX_ComplaintPanelMembers_ComplaintId");
    }

    public void Configure(EntityTypeBuilder<ComplaintPoint> b)
    {
        b.ToTable("ComplaintPoints");
        b.Property(p => p.Summary).HasMaxLength(TextMax);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.ComplaintId, p.Number }).IsUnique().HasDatabaseName("IX_ComplaintPoints_Complaint_Number");
    }

    public void Configure(EntityTypeBuilder<ComplaintEvent> b)
    {
        b.ToTable("ComplaintEvents");
        b.Property(e => e.Kind).HasMaxLength(50);
        b.Property(e => e.Summary).HasMaxLength(500);
        b.Property(e => e.Detail).HasMaxLength(DescriptionMax);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.HasIndex(e => new { e.ComplaintId, e.At }).HasDatabaseName("IX_ComplaintEvents_Complaint_At");
    }

    public void Configure(EntityTypeBuilder<ComplaintExtension> b)
    {
        b.ToTable("ComplaintExtensions");
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Reason).HasMaxLength(TextMax);
        b.Property(e => e.ByName).HasMaxLength(256);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintExtensions_ComplaintId");
    }

    public void Configure(EntityTypeBuilder<ComplaintPause> b)
    {
        b.ToTable("ComplaintPauses");
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Reason).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Detail).HasMaxLength(TextMax);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintPauses_ComplaintId");
    }

    public void Configure(EntityTypeBuilder<ComplaintDeadline> b)
    {
        b.ToTable("ComplaintDeadlines");
        b.Property(e => e.Step).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.CalendarVersion).HasMaxLength(20);
        b.HasIndex(e => new { e.ComplaintId, e.Step }).IsUnique().HasDatabaseName("IX_ComplaintDeadlines_Complaint_Step");
    }

    public void Configure(EntityTypeBuilder<ComplaintRemedy> b)
    {
        b.ToTable("ComplaintRemedies");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Description).HasMaxLength(TextMax);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintRemedies_ComplaintId");
    }

    public void Configure(EntityTypeBuilder<LearningAction> b)
    {
        b.ToTable("ComplaintLearningActions");
        b.Property(e => e.Description).HasMaxLength(TextMax);
        b.Property(e => e.Owner).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(e => e.ComplaintId).HasDatabaseName("IX_ComplaintLearningActions_ComplaintId");
        b.HasIndex(e => new { e.Status, e.DueOn }).HasDatabaseName("IX_ComplaintLearningActions_Status_Due");
    }

    public void Configure(EntityTypeBuilder<OmbudsmanReferral> b)
    {
        b.ToTable("ComplaintOmbudsmanReferrals");
        b.HasKey(s => s.ComplaintId);
        b.Property(s => s.ComplaintId).ValueGeneratedNever();
        b.Property(s => s.OmbudsmanReference).HasMaxLength(50);
        b.Property(s => s.Outcome).HasMaxLength(100);
        b.Property(s => s.Remedy).HasMaxLength(TextMax);
    }

    public void Configure(EntityTypeBuilder<ComplaintDraft> b)
    {
        b.ToTable("ComplaintDrafts");
        b.Property(d => d.Id).HasMaxLength(64);
        b.HasIndex(d => d.UpdatedAt).HasDatabaseName("IX_ComplaintDrafts_UpdatedAt");
    }

    public void Configure(EntityTypeBuilder<ComplaintReminder> b)
    {
        b.ToTable("ComplaintReminders");
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.Kind).HasMaxLength(50);
        b.Property(r => r.SentTo).HasMaxLength(256);
        b.HasIndex(r => r.Key).IsUnique().HasDatabaseName("IX_ComplaintReminders_Key");
    }
}
