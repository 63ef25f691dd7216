using Microsoft.EntityFrameworkCore;

namespace Voice.Data;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }

/// <summary>
/// The one provider switch: SQLite is the embedded default, PostgreSQL and SQL Server (or Azure
/// SQL) the server databases. The model and the queries are the same for all three.
/// </summary>
public static class VoiceDatabase
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString)
                .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsSqlGenerator, HandWrittenMigrationsSqlServerGenerator>(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider"),
        };

    public static DbContextOptions<VoiceDbContext> Options(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<VoiceDbContext>)new DbContextOptionsBuilder<VoiceDbContext>().Use(provider, connectionString).Options;
}
