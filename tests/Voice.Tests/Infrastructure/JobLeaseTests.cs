using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Jobs;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure;

public class JobLeaseTests
{
    [Theory, BothDatabases]
    public async Task OnlyOneHolderAtATime_UntilReleasedOrExpired(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.NewContext()) await setup.Database.MigrateAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var dbA = database.NewContext();
        await using var dbB = database.NewContext();
        var a = new JobLeases(dbA, clock);
        var b = new JobLeases(dbB, clock);
        await a.EnsureExistsAsync("reminders");
        await b.EnsureExistsAsync("reminders");

        Assert.True(await a.TryAcquireAsync("reminders", "node-a", TimeSpan.FromMinutes(5)));
        Assert.False(await b.TryAcquireAsync("reminders", "node-b", TimeSpan.FromMinutes(5)));
        Assert.True(await a.TryAcquireAsync("reminders", "node-a", TimeSpan.FromMinutes(5)), "the holder may renew");

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True(await b.TryAcquireAsync("reminders", "node-b", TimeSpan.FromMinutes(5)), "an expired lease can be taken over");
        Assert.False(await a.TryAcquireAsync("reminders", "node-a", TimeSpan.FromMinutes(5)));

        await b.ReleaseAsync("reminders", "node-b");
        Assert.True(await a.TryAcquireAsync("reminders", "node-a", TimeSpan.FromMinutes(5)));
    }

    [Theory, BothDatabases]
    public async Task AuditWriter_SavesWhoWhatWhichRecordAndWhen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        await new AuditWriter(db, clock).WriteAsync(new AuditActor("u1", "Ada Admin"), "Read views", "Invitation", "42", "before the review");
        await using var read = database.NewContext();
        var entry = await read.AuditEntries.SingleAsync();
        Assert.Equal(("u1", "Ada Admin", "Read views", "Invitation", "42", "before the review"),
            (entry.ActorId, entry.ActorName, entry.Action, entry.RecordType, entry.RecordId, entry.Detail));
        Assert.Equal(new DateTime(2026, 11, 23, 9, 30, 0, DateTimeKind.Utc), entry.At);
        Assert.Equal(DateTimeKind.Utc, entry.At.Kind);
    }
}
