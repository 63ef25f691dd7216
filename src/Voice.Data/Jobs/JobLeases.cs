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
                .SetProperty(l => l.RunCount, l => l.RunCount + 1), ct);
    }

    public async Task ReleaseAsync(string job, string holder, CancellationToken ct = default)
    {
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), ct);
    }
}
