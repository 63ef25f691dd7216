using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Voice.Data.Audit;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Data.Jobs;

namespace Voice.Data;

public class VoiceDbContext(DbContextOptions<VoiceDbContext> options) : IdentityDbContext<VoiceUser>(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<HealthHistoryRequest> HealthHistoryRequests => Set<HealthHistoryRequest>();
    public DbSet<HealthHistoryNote> HealthHistoryNotes => Set<HealthHistoryNote>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VoiceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC DateTime everywhere: SQLite cannot order or compare DateTimeOffset,
        // and PostgreSQL's timestamptz wants Kind=Utc. The converter restores the kind on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
