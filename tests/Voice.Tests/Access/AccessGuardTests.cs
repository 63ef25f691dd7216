using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Access;
using Voice.Tests.Support;

namespace Voice.Tests.Access;

/// <summary>
/// Wrong codes counted in the real database, so that two nodes (two guards on their own
/// connections) count together. Each test has a database of its own: a guard deletes every key
/// idle by its own clock, so on the shared test app another test's clock (a different day) would
/// delete these tests' keys while they count (CI on 6372b09 saw a fourth post let through).
/// </summary>
public class AccessGuardTests
{
    static readonly AccessCodes Codes = new(RandomNumberGenerator.GetBytes(32));

    static async Task<TestDatabase> OwnDatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    static (AccessGuard Guard, VoiceDbContext Db) Node(TestDatabase database, TimeProvider clock)
    {
        var db = database.NewContext();
        return (new AccessGuard(db, Codes, clock), db);
    }

    static IPAddress RandomV6(string prefix) => IPAddress.Parse($"{prefix}:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}:1:2");

    [Fact]
    public void IPv6_IsCountedBy64_AndMappedIPv4ByItsAddress()
    {
        Assert.Equal(AccessGuard.Network(IPAddress.Parse("2001:db8:1:2:aaaa::1")), AccessGuard.Network(IPAddress.Parse("2001:db8:1:2:bbbb::9")));
        Assert.NotEqual(AccessGuard.Network(IPAddress.Parse("2001:db8:1:2::1")), AccessGuard.Network(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal("192.0.2.7", AccessGuard.Network(IPAddress.Parse("::ffff:192.0.2.7")));
    }

    [Theory, BothDatabases]
    public async Task WrongCodes_FromOneNetwork_AreCountedByEveryNode_ThenRefused(DatabaseProvider provider)
    {
        await using var database = await OwnDatabaseAsync(provider);
        var clock = new TestClock();
        var prefix = $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}";
        var (one, db1) = Node(database, clock);
        var (two, db2) = Node(database, clock);
        await using (db1)
        await using (db2)
        {
            for (var i = 0; i < 30; i++)
            {
                var node = i % 2 == 0 ? one : two;
                await node.RecordFailureAsync([node.Client(RandomV6(prefix), 60)], CancellationToken.None);
            }
            Assert.False(await one.IsBlockedAsync([one.Client(RandomV6(prefix), 60)], CancellationToken.None));
            for (var i = 0; i < 30; i++)
                await two.RecordFailureAsync([two.Client(RandomV6(prefix), 60)], CancellationToken.None);
            Assert.True(await one.IsBlockedAsync([one.Client(RandomV6(prefix), 60)], CancellationToken.None));
            Assert.False(await one.IsBlockedAsync([one.Client(IPAddress.Parse("2001:db8:ffff:ffff::1"), 60)], CancellationToken.None));
        }
    }

    [Fact]
    public async Task OneTarget_IsProtected_FromManyClients()
    {
        await using var database = await OwnDatabaseAsync(DatabaseProvider.Sqlite);
        var (guard, db) = Node(database, new TestClock());
        await using (db)
        {
            var reference = "CMP-" + Guid.NewGuid().ToString("N")[..8];
            for (var i = 0; i < 10; i++)
                await guard.RecordFailureAsync([guard.Client(IPAddress.Parse($"198.51.100.{i + 1}"), 60), guard.Target("complaint", reference, 10)], CancellationToken.None);
            Assert.True(await guard.IsBlockedAsync([guard.Client(IPAddress.Parse("203.0.113.9"), 60), guard.Target("complaint", reference.ToLowerInvariant(), 10)], CancellationToken.None));
            Assert.False(await guard.IsBlockedAsync([guard.Client(IPAddress.Parse("203.0.113.9"), 60), guard.Target("complaint", "CMP-other", 10)], CancellationToken.None));
        }
    }

    [Fact]
    public async Task AfterTheWindow_TheCountStartsAgain_AndIdleKeysAreDeleted()
    {
        await using var database = await OwnDatabaseAsync(DatabaseProvider.Sqlite);
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var (guard, db) = Node(database, clock);
        await using (db)
        {
            var client = guard.Client(IPAddress.Parse("192.0.2." + Random.Shared.Next(1, 250)), 3);
            for (var i = 0; i < 3; i++) await guard.RecordFailureAsync([client], CancellationToken.None);
            Assert.True(await guard.IsBlockedAsync([client], CancellationToken.None));

            clock.Advance(AccessGuard.Window + TimeSpan.FromMinutes(1));
            Assert.False(await guard.IsBlockedAsync([client], CancellationToken.None));
            await guard.RecordFailureAsync([guard.Client(IPAddress.Parse("192.0.2.251"), 3)], CancellationToken.None);
            Assert.False(await db.AccessAttempts.AnyAsync(a => a.Key == client.Key));
            Assert.DoesNotContain("192.0.2", string.Concat(await db.AccessAttempts.Select(a => a.Key).ToListAsync()));
        }
    }

    [Theory, BothDatabases]
    public async Task Posts_UpToTheLimit_AreLetThrough_ThenRefusedAndStillCounted_UntilANewWindow(DatabaseProvider provider)
    {
        await using var database = await OwnDatabaseAsync(provider);
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var (one, db1) = Node(database, clock);
        var (two, db2) = Node(database, clock);
        await using (db1)
        await using (db2)
        {
            var window = TimeSpan.FromMinutes(1);
            var limit = one.Posts("views:" + Guid.NewGuid(), 3);
            var allowed = new List<bool>();
            for (var i = 0; i < 5; i++) allowed.Add(await (i % 2 == 0 ? one : two).CountPostAsync(limit, window, CancellationToken.None));
            Assert.Equal([true, true, true, false, false], allowed);
            Assert.Equal(5, await db1.AccessAttempts.AsNoTracking().Where(a => a.Key == limit.Key).Select(a => a.Failures).SingleAsync());

            clock.Advance(window + TimeSpan.FromSeconds(1));
            Assert.True(await two.CountPostAsync(limit, window, CancellationToken.None));
            Assert.Equal(1, await db1.AccessAttempts.AsNoTracking().Where(a => a.Key == limit.Key).Select(a => a.Failures).SingleAsync());
        }
    }
}
