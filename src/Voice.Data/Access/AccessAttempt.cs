using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Access;

/// <summary>
/// Wrong codes counted for one client (its address, IPv6 by /64) or one target (a complaint or
/// health history reference), in the database so every node counts together. The key is a
/// pseudonym (<see cref="AccessCodes.Pseudonym"/>): no address or reference is stored.
/// </summary>
public class AccessAttempt
{
    public string Key { get; set; } = "";
    public DateTime WindowStartedAt { get; set; }
    public int Failures { get; set; }
    public DateTime LastFailureAt { get; set; }
}

public class AccessAttemptConfiguration : IEntityTypeConfiguration<AccessAttempt>
{
    public void Configure(EntityTypeBuilder<AccessAttempt> b)
    {
        b.ToTable("AccessAttempts");
        b.HasKey(a => a.Key);
        b.Property(a => a.Key).HasMaxLength(64);
        b.HasIndex(a => a.LastFailureAt).HasDatabaseName("IX_AccessAttempts_LastFailureAt");
    }
}
