using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Tests.Support;

namespace Voice.Tests.Data;

/// <summary>The audit log can be added to, never changed or deleted: by the app, and by the database whoever asks.</summary>
public class AuditAppendOnlyTests
{
    static async Task<(TestDatabase Db, long Id)> WithOneEntryAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var entry = new AuditEntry { At = new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc), ActorName = "Test", Action = "Did a thing", RecordType = "Thing", RecordId = "1" };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return (database, entry.Id);
    }

    [Theory, BothDatabases]
    public async Task TheDatabase_RefusesUpdatesAndDeletes(DatabaseProvider provider)
    {
        var (database, id) = await WithOneEntryAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Action, "Did nothing")));
        Assert.Contains(Voice.Data.Migrations.AuditAppendOnly.Refusal, update.Message + update.InnerException?.Message);
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteDeleteAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres
            ? "UPDATE \"AuditEntries\" SET \"Detail\" = 'x'" : "DELETE FROM AuditEntries"));
        if (provider == DatabaseProvider.Postgres)
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));

        await using var check = database.NewContext();
        var entry = await check.AuditEntries.SingleAsync(a => a.Id == id);
        Assert.Equal("Did a thing", entry.Action);
        Assert.Null(entry.Detail);
    }

    [Fact]
    public async Task TheApp_RefusesToSaveAChangedOrRemovedEntry()
    {
        var (database, id) = await WithOneEntryAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Id == id);
        entry.Detail = "rewritten";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.Id == id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
