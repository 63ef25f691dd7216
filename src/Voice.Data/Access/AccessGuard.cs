using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Access;

/// <summary>
/// Limits guessing of codes across every node: after too many wrong codes in
/// <see cref="Window"/> from one client, or against one target, further tries are refused until
/// the window passes. Right codes never count, so a class on one school network is not blocked by
/// each other. The same counter limits public form posts (<see cref="CountPostAsync"/>). Keys idle
/// for a window are deleted whenever a wrong code or a new post key is written.
/// </summary>
public class AccessGuard(VoiceDbContext db, AccessCodes codes, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public readonly record struct Limit(string Key, int MaxFailures);

    /// <summary>The client's key: its IPv4 address, or its IPv6 /64 (one household or network gets one).</summary>
    public Limit Client(IPAddress? address, int maxFailures) => new(codes.Pseudonym("client:" + Network(address)), maxFailures);

    /// <summary>A target's key, such as a complaint reference.</summary>
    public Limit Target(string kind, string reference, int maxFailures) =>
        new(codes.Pseudonym("target:" + kind + ":" + reference.Trim().ToUpperInvariant()), maxFailures);

    public static string Network(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public async Task<bool> IsBlockedAsync(IEnumerable<Limit> limits, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - Window;
        var list = limits.ToList();
        var keys = list.Select(l => l.Key).ToList();
        var rows = await db.AccessAttempts.AsNoTracking().Where(a => keys.Contains(a.Key) && a.WindowStartedAt > since)
            .Select(a => new { a.Key, a.Failures }).ToListAsync(ct);
        return rows.Any(r => r.Failures >= list.First(l => l.Key == r.Key).MaxFailures);
    }

    /// <summary>Counts one wrong code against every key (a new window when the last one has passed).</summary>
    public async Task RecordFailureAsync(IEnumerable<Limit> limits, CancellationToken ct)
    {
        foreach (var key in limits.Select(l => l.Key).Distinct()) await CountAsync(key, Window, ct);
        await EvictIdleAsync(ct);
    }

    /// <summary>A public form post's key (<see cref="CountPostAsync"/>): a client's network, or a journey's session.</summary>
    public Limit Posts(string partition, int maxPosts) => new(codes.Pseudonym("posts:" + partition), maxPosts);

    /// <summary>
    /// Counts one request against <paramref name="limit"/> in windows of <paramref name="window"/>,
    /// in the same table as wrong codes so every node counts together; false when this request is
    /// over the limit (it is counted too, until the window passes).
    /// </summary>
    public async Task<bool> CountPostAsync(Limit limit, TimeSpan window, CancellationToken ct)
    {
        // Every public post comes here, so the usual case is one statement: add one to a key that
        // stays within its limit (or starts a new window). Only a new key, or one over its limit,
        // takes the longer way below, which counts it all the same.
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - window;
        if (limit.MaxFailures >= 1 && await AddOneAsync(db.AccessAttempts
                .Where(a => a.Key == limit.Key && (a.WindowStartedAt <= since || a.Failures < limit.MaxFailures)), since, now, ct) > 0)
            return true;
        if (await CountAsync(limit.Key, window, ct)) await EvictIdleAsync(ct);
        var count = await db.AccessAttempts.AsNoTracking().Where(a => a.Key == limit.Key).Select(a => a.Failures).FirstOrDefaultAsync(ct);
        return count <= limit.MaxFailures;
    }

    /// <summary>Adds one to a key's count (a new window when the last one has passed); true when the key's row was new.</summary>
    async Task<bool> CountAsync(string key, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - window;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await AddOneAsync(db.AccessAttempts.Where(a => a.Key == key), since, now, ct) > 0) return false;
            var row = new AccessAttempt { Key = key, WindowStartedAt = now, Failures = 1, LastFailureAt = now };
            db.AccessAttempts.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                // another node or request made the row first: count on it
            }
            finally
            {
                db.Entry(row).State = EntityState.Detached; // the page's own saves must not see it
            }
        }
        return false;
    }

    /// <summary>Adds one to each row's count, or starts its window again at one when it began before <paramref name="since"/>.</summary>
    static Task<int> AddOneAsync(IQueryable<AccessAttempt> rows, DateTime since, DateTime now, CancellationToken ct) =>
        rows.ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Failures, a => a.WindowStartedAt > since ? a.Failures + 1 : 1)
            .SetProperty(a => a.WindowStartedAt, a => a.WindowStartedAt > since ? a.WindowStartedAt : now)
            .SetProperty(a => a.LastFailureAt, now), ct);

    /// <summary>Keys idle for the longest window (<see cref="Window"/>) are deleted, so the table holds only keys in use.</summary>
    Task EvictIdleAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - Window;
        return db.AccessAttempts.Where(a => a.LastFailureAt < since).ExecuteDeleteAsync(ct);
    }
}
