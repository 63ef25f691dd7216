using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Jobs;

/// <summary>
/// Leases that make a background job run on exactly one node at a time. Acquiring is a single
/// conditional UPDATE, so two nodes racing for the same lease cannot both win.
/// </summary>
public class JobLeases(VoiceDbContext db, TimeProvider clock)
{
    public async Task EnsureExistsAsync(string job, CancellationToken ct = default)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct)) return;
        db.JobLeases.Add(new JobLease { Name = job, ExpiresAt = DateTime.UnixEpoch });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node inserted it first: the row exists, which is all we need.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var rows = await db.JobLeases
            .Where(l => l.Name == job && (l.ExpiresAt < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        return rows == 1;
    }

    public async Task RecordRunAsync(string job, string holder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastRunAt, now)
                .SetProperty(l => l.LastRunBy, holder)
                .SetProperty(l => l.RunCount, l => l.RunCount + 1)
                .SetProperty(l => l.FailureCount, 0).SetProperty(l => l.RetryAfter, (DateTime?)null).SetProperty(l => l.LastError, (string?)null), ct);
    }

    /// <summary>
    /// A failed run: it is not recorded as run, and the job waits (<see cref="JobBackoff"/>) before
    /// it is tried again, so a failure does not repeat every tick (resending emails each time).
    /// </summary>
    public async Task RecordFailureAsync(string job, string holder, string error, CancellationToken ct = default)
    {
        var failures = 1 + await db.JobLeases.Where(l => l.Name == job).Select(l => l.FailureCount).SingleAsync(ct);
        var retryAfter = clock.GetUtcNow().UtcDateTime + JobBackoff.After(failures);
        var message = error.Length <= 1000 ? error : error[..1000];
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.FailureCount, failures).SetProperty(l => l.RetryAfter, retryAfter).SetProperty(l => l.LastError, message), ct);
    }

    public async Task ReleaseAsync(string job, string holder, CancellationToken ct = default)
    {
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), ct);
    }
}
