using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Feedback.Views;

/// <summary>
/// A practitioner's invitation to one young person (or a family member, for journey points) to
/// give their views. The code is the only key to it: stored as a hash, never in plain text.
/// </summary>
public class Invitation
{
    public Guid Id { get; set; }
    public string CaseReference { get; set; } = "";
    public string? FirstName { get; set; }
    public string EventType { get; set; } = "";
    public DateOnly EventDate { get; set; }
    public string QuestionnaireId { get; set; } = "";
    public string CodeHash { get; set; } = "";
    /// <summary>The link's token (<see cref="Access.AccessCodes.HashLink"/>). Null for invitations made before links had tokens.</summary>
    public string? LinkTokenHash { get; set; }
    /// <summary>The code stops working at the end of this day (14 days after the event).</summary>
    public DateOnly ExpiresOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    /// <summary>The social worker who may also see the answers, if the young person agrees.</summary>
    public string? SocialWorkerId { get; set; }
    public string? SocialWorkerName { get; set; }
    public DateTime? RevokedAt { get; set; }
    /// <summary>Part of every session the code opened; stopping the code or making a new one adds one, ending them all.</summary>
    public int SessionVersion { get; set; }
    public Guid? BatchId { get; set; }
    public string? ContactEmail { get; set; }
    public string? Team { get; set; }
    public DateTime? EmailSentAt { get; set; }
    public DateTime? ReminderSentAt { get; set; }
    public DateTime? ChasedAt { get; set; }
    /// <summary>
    /// Bulk invitations only: the code and link token (<see cref="Access.AccessSecret.Pack"/>), encrypted with the app's data protection keys, so the one
    /// reminder can repeat it. Cleared once the reminder is sent or the views are in.
    /// </summary>
    public string? ProtectedCode { get; set; }

    public ViewResponse? Response { get; set; }

    public bool IsUsable(DateOnly today) => RevokedAt is null && today <= ExpiresOn;

    /// <summary>Ends every session the old code opened.</summary>
    public void EndSessions() => SessionVersion++;
}

public class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("Invitations");
        b.Property(i => i.CaseReference).HasMaxLength(50);
        b.Property(i => i.FirstName).HasMaxLength(50);
        b.Property(i => i.EventType).HasMaxLength(50);
        b.Property(i => i.QuestionnaireId).HasMaxLength(100);
        b.Property(i => i.CodeHash).HasMaxLength(64);
        b.Property(i => i.CreatedById).HasMaxLength(64);
        b.Property(i => i.CreatedByName).HasMaxLength(200);
        b.Property(i => i.SocialWorkerId).HasMaxLength(64);
        b.Property(i => i.SocialWorkerName).HasMaxLength(200);
        b.Property(i => i.ContactEmail).HasMaxLength(256);
        b.Property(i => i.Team).HasMaxLength(100);
        b.Property(i => i.ProtectedCode).HasMaxLength(500);
        b.Property(i => i.SessionVersion).HasDefaultValue(0);
        b.HasIndex(i => i.CodeHash).IsUnique().HasDatabaseName("IX_Invitations_CodeHash");
        b.Property(i => i.LinkTokenHash).HasMaxLength(64);
        b.HasIndex(i => i.LinkTokenHash).HasDatabaseName("IX_Invitations_LinkTokenHash");
        b.HasIndex(i => new { i.CreatedById, i.EventDate }).HasDatabaseName("IX_Invitations_CreatedBy_EventDate");
        b.HasIndex(i => new { i.SocialWorkerId, i.EventDate }).HasDatabaseName("IX_Invitations_SocialWorker_EventDate");
        b.HasIndex(i => i.BatchId).HasDatabaseName("IX_Invitations_BatchId");
        b.HasOne(i => i.Response).WithOne(r => r.Invitation).HasForeignKey<ViewResponse>(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}
