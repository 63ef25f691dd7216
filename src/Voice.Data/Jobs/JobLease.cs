using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Jobs;

/// <summary>One row per background job: the node that holds it and until when.</summary>
public class JobLease
{
    public string Name { get; set; } = "";
    public string? Holder { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? LastRunAt { get; set; }
    public string? LastRunBy { get; set; }
    public int RunCount { get; set; }
    /// <summary>Failed runs since the last good one; each doubles the wait before the next try (<see cref="JobBackoff"/>).</summary>
    public int FailureCount { get; set; }
    public DateTime? RetryAfter { get; set; }
    public string? LastError { get; set; }
}

public class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.ToTable("JobLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Holder).HasMaxLength(200);
        b.Property(l => l.LastRunBy).HasMaxLength(200);
        b.Property(l => l.LastError).HasMaxLength(1000);
        b.Property(l => l.FailureCount).HasDefaultValue(0);
    }
}
