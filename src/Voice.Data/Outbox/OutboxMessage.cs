using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (for the first time, or again after a failure).</summary>
    Pending,
    Sent,
    /// <summary>Failed <see cref="OutboxMessage.Attempts"/> times; an administrator may send it again.</summary>
    Dead,
}

/// <summary>
/// A notification to send, written in the same SaveChanges as the change it reports, so a change
/// that is not saved sends nothing and a saved change is never left untold. The dispatcher job
/// sends it. It carries what any channel needs: the email address (and, when known, phone and
/// postal address), a kind that names the template, and the text.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    /// <summary>What this is, like "complaint-received" or "account-invitation": a template key for senders that use templates.</summary>
    public string Kind { get; set; } = "";
    /// <summary><see cref="OutboxChannels.Email"/>, <see cref="OutboxChannels.Letter"/> or <see cref="OutboxChannels.Text"/>.</summary>
    public string Channel { get; set; } = OutboxChannels.Email;
    /// <summary>Who a letter is addressed to (its first address line).</summary>
    public string? ToName { get; set; }
    public string? ToEmail { get; set; }
    public string? ToPhone { get; set; }
    public string? ToAddress { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Named values for template senders (JSON object of strings); the body already has them filled in.</summary>
    public string? Personalisation { get; set; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The node sending it now, until <see cref="ClaimedUntil"/>: two nodes never send one message.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntil { get; set; }
}

public static class OutboxChannels
{
    public const string Email = "Email";
    public const string Letter = "Letter";
    public const string Text = "Text";

    /// <summary>
    /// How a member of the public hears from us: by letter when they asked for post and gave an
    /// address; else by email when they gave one; else by letter to their postal address (the
    /// acknowledgement and responses a complainant without email is owed); else a text message
    /// to their phone; null when they gave none of these.
    /// </summary>
    public static string? For(Recipient to) =>
        to.PrefersPost && !string.IsNullOrWhiteSpace(to.Address) ? Letter
        : !string.IsNullOrWhiteSpace(to.Email) ? Email
        : !string.IsNullOrWhiteSpace(to.Address) ? Letter
        : !string.IsNullOrWhiteSpace(to.Phone) ? Text
        : null;
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const int BodyMax = 20000;
    public const int NameMax = 200;

    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.Kind).HasMaxLength(100);
        b.Property(m => m.Channel).HasMaxLength(20);
        b.Property(m => m.ToName).HasMaxLength(NameMax);
        b.Property(m => m.ToEmail).HasMaxLength(256);
        b.Property(m => m.ToPhone).HasMaxLength(40);
        b.Property(m => m.ToAddress).HasMaxLength(500);
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.Body).HasMaxLength(BodyMax);
        b.Property(m => m.Personalisation).HasMaxLength(BodyMax);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.Property(m => m.ClaimedBy).HasMaxLength(200);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasDatabaseName("IX_OutboxMessages_Status_Next");
    }
}
