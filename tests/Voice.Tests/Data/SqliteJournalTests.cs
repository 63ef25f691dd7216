using Microsoft.Data.Sqlite;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Data;

/// <summary>
/// The embedded SQLite database runs in write-ahead logging mode, so readers and a writer do not
/// wait for each other (with the default rollback journal, saves under load failed with
/// "database is locked" after the 30 s busy timeout).
/// </summary>
public class SqliteJournalTests
{
    [Fact]
    public async Task TheAppsDatabase_IsInWriteAheadLoggingMode()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        await using var connection = new SqliteConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
