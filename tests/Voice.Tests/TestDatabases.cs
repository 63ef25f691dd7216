using Microsoft.Data.Sqlite;
using Npgsql;
using Voice.Data;

namespace Voice.Tests;

/// <summary>
/// Fresh, empty, real databases for tests: a SQLite file or a new database on the throwaway
/// PostgreSQL cluster that scripts/test.sh starts (VOICE_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    readonly Func<Task> drop;

    TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? Task.FromResult(CreateSqlite()) : CreatePostgresAsync();

    public static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"voice-test-{Guid.NewGuid():N}.db");
        var cs = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, cs, () =>
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            return Task.CompletedTask;
        });
    }

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("VOICE_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "VOICE_TEST_POSTGRES is not set. Run the tests with scripts/test.sh, which starts PostgreSQL.");

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var name = $"voice_test_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false };
        await using (var conn = new NpgsqlConnection(server.ToString()))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, cs, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(server.ToString());
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        });
    }

    public VoiceDbContext NewContext() => new(VoiceDatabase.Options(Provider, ConnectionString));

    public ValueTask DisposeAsync() => new(drop());
}
