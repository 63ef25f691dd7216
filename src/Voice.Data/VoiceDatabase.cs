using Microsoft.EntityFrameworkCore;

namespace Voice.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>The one provider switch: SQLite is the embedded default, PostgreSQL the server database.</summary>
public static class VoiceDatabase
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider"),
        };

    public static DbContextOptions<VoiceDbContext> Options(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<VoiceDbContext>)new DbContextOptionsBuilder<VoiceDbContext>().Use(provider, connectionString).Options;
}
