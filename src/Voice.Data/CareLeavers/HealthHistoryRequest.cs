using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.CareLeavers;

public enum HealthHistoryStatus { Received, InProgress, WaitingForInformation, Sent, Closed }

public enum ContactMethod { Email, Phone, Post }

public enum ReceiveMethod { Email, Post, Collect, MeetNurse }

/// <summary>A care leaver's request for their health history, tracked by the looked-after children's health team.</summary>
public class HealthHistoryRequest : IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    /// <summary>What the young person quotes, like HH-7K3M9Q.</summary>
    public string Reference { get; set; } = "";
    /// <summary>The private code, hashed (PBKDF2); the code itself is shown once and never stored.</summary>
    public string CodeHash { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? OtherNames { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public ContactMethod ContactBy { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string WhatTheyWant { get; set; } = "";
    public ReceiveMethod ReceiveBy { get; set; }
    public HealthHistoryStatus Status { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateOnly? LastRemindedOn { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<HealthHistoryNote> Notes { get; set; } = [];

    public bool IsOpen => Status is not (HealthHistoryStatus.Sent or HealthHistoryStatus.Closed);
}

/// <summary>A note by the health team on a request. Only ever added.</summary>
public class HealthHistoryNote
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public DateTime At { get; set; }
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
}

public class HealthHistoryRequestConfiguration : IEntityTypeConfiguration<HealthHistoryRequest>
{
    public void Configure(EntityTypeBuilder<HealthHistoryRequest> b)
    {
        b.ToTable("HealthHistoryRequests");
        b.Property(r => r.Version).IsConcurrencyToken().HasDefaultValue(0);
        b.Property(r => r.Reference).HasMaxLength(20);
        b.Property(r => r.CodeHash).HasMaxLength(200);
        b.Property(r => r.FullName).HasMaxLength(200);
        b.Property(r => r.OtherNames).HasMaxLength(200);
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.Phone).HasMaxLength(40);
        b.Property(r => r.Address).HasMaxLength(500);
        b.Property(r => r.WhatTheyWant).HasMaxLength(HealthHistoryRules.MaxWhatTheyWant);
        b.Property(r => r.ContactBy).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ReceiveBy).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(r => r.Reference).IsUnique().HasDatabaseName("IX_HealthHistoryRequests_Reference");
        b.HasIndex(r => new { r.Status, r.DueOn }).HasDatabaseName("IX_HealthHistoryRequests_Status_DueOn");
        b.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class HealthHistoryNoteConfiguration : IEntityTypeConfiguration<HealthHistoryNote>
{
    public void Configure(EntityTypeBuilder<HealthHistoryNote> b)
    {
        b.ToTable("HealthHistoryNotes");
        b.Property(n => n.AuthorId).HasMaxLength(64);
        b.Property(n => n.AuthorName).HasMaxLength(256);
        b.Property(n => n.Text).HasMaxLength(HealthHistoryRules.MaxNote);
        b.HasIndex(n => n.RequestId).HasDatabaseName("IX_HealthHistoryNotes_RequestId");
    }
}

/// <summary>Deadlines, references and private codes for health history requests.</summary>
public static class HealthHistoryRules
{
    public const int MaxWhatTheyWant = 2000;
    public const int MaxNote = 2000;
    /// <summary>Open requests due within this many days are "due soon" and reminded.</summary>
    public const int DueSoonDays = 7;

    const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // references: no 0/O, 1/I/L
    const int Iterations = 100_000;

    /// <summary>
    /// One calendar month from the day the request arrived (in England): the same date next month,
    /// or that month's last day if it has no such date (31 January is due on 28 or 29 February).
    /// When that day is not a working day the request is due on the next working day, as the ICO
    /// counts a subject access request's month (a request of 25 November is not due on Christmas Day).
    /// </summary>
    public static DateOnly DueOn(DateTime receivedAtUtc, Calendar.WorkingDayCalendar calendar) =>
        calendar.StartDay(Voice.Data.Calendar.UkClock.DateOf(receivedAtUtc).AddMonths(1));

    /// <summary>The age from which the local offer's health summary no longer applies as of right (support ends at 25).</summary>
    public const int SupportEndsAt = 25;

    public static bool IsOverdue(HealthHistoryStatus status, DateOnly dueOn, DateOnly today) =>
        status is not (HealthHistoryStatus.Sent or HealthHistoryStatus.Closed) && today > dueOn;

    public static bool IsDueSoon(HealthHistoryStatus status, DateOnly dueOn, DateOnly today) =>
        status is not (HealthHistoryStatus.Sent or HealthHistoryStatus.Closed) && today <= dueOn && dueOn.DayNumber - today.DayNumber <= DueSoonDays;

    public static string NewReference() => "HH-" + Random(6);

    /// <summary>A private code from the one access-code scheme (12 characters); stored here with salted PBKDF2.</summary>
    public static string NewCode() => Access.AccessCodes.NewCode();

    static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>Upper-case, without spaces or dashes, so "abcd 2345" matches "ABCD-2345".</summary>
    public static string Normalise(string? text) =>
        new((text ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static string HashCode(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalise(code)), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"v1.{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool CodeMatches(string? code, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 4 || parts[0] != "v1" || !int.TryParse(parts[1], out var iterations)) return false;
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalise(code)), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>A hash of a code nobody has, so an unknown reference costs the same time as a wrong code.</summary>
    public static readonly string DecoyHash = HashCode(NewCode());
}
