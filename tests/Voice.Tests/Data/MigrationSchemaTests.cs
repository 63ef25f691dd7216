using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;

namespace Voice.Tests.Data;

/// <summary>
/// Migrations are written by hand, so this proves they build exactly the schema the model
/// describes, on both providers.
/// </summary>
public class MigrationSchemaTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrate_BuildsTheSameSchemaAsTheModel(DatabaseProvider provider)
    {
        var (migrated, created) = await BothSchemasAsync(provider, o => new VoiceDbContext(o));
        AssertSame(created, migrated);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Comparison_NoticesAPropertyAddedWithoutAMigration(DatabaseProvider provider)
    {
        var (migrated, created) = await BothSchemasAsync(provider, o => new ContextWithExtraProperty(o));
        Assert.NotEqual(created, migrated);
        Assert.Contains(created.Except(migrated), l => l.Contains("Extra"));
    }

    static async Task<(List<string> Migrated, List<string> Created)> BothSchemasAsync(
        DatabaseProvider provider, Func<DbContextOptions<VoiceDbContext>, VoiceDbContext> modelContext)
    {
        await using var a = await TestDatabase.CreateAsync(provider);
        await using var b = await TestDatabase.CreateAsync(provider);
        await using var migratedDb = a.NewContext();
        await migratedDb.Database.MigrateAsync();
        await using var createdDb = modelContext(VoiceDatabase.Options(provider, b.ConnectionString));
        await createdDb.Database.EnsureCreatedAsync();
        return (await SchemaReader.ReadAsync(migratedDb), await SchemaReader.ReadAsync(createdDb));
    }

    static void AssertSame(List<string> expected, List<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "Migrations and model differ.\nIn the model but not the migrations:\n  " + string.Join("\n  ", missing) +
            "\nIn the migrations but not the model:\n  " + string.Join("\n  ", extra));
    }

    internal sealed class ContextWithExtraProperty(DbContextOptions<VoiceDbContext> options) : VoiceDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            builder.Entity<AuditEntry>().Property<string>("Extra");
        }
    }
}
