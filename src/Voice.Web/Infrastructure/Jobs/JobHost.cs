using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Voice.Data.Jobs;

namespace Voice.Web.Infrastructure.Jobs;

/// <summary>A piece of recurring work. The host runs it on one node at a time, at most once per interval.</summary>
public interface IBackgroundJob
{
    string Name { get; }
    TimeSpan Interval { get; }
    /// <summary>How long a node may hold the job before another may take over (should exceed any run).</summary>
    TimeSpan LeaseDuration => TimeSpan.FromMinutes(10);
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>
/// Ticks through the registered jobs. A job runs only on the node that wins its database lease,
/// so with several web nodes on one database each run happens exactly once. Nothing a job or the
/// database does can stop the host: every tick and every lease release is guarded, and a job that
/// fails records the failure and waits (<see cref="JobBackoff"/>) instead of running every tick.
/// A job goes through its records with the scope's <see cref="JobRun"/>, which renews the lease
/// during long runs and keeps one bad record from stopping the rest.
/// </summary>
public class JobHost(
    IEnumerable<IBackgroundJob> jobs,
    IServiceScopeFactory scopes,
    IOptions<VoiceOptions> options,
    TimeProvider clock,
    ILogger<JobHost> log) : BackgroundService
{
    public string NodeName { get; } = options.Value.Jobs.NodeName ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Jobs.Enabled) return;
        var tick = TimeSpan.FromSeconds(options.Value.Jobs.TickSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var job in jobs)
            {
                if (stoppingToken.IsCancellationRequested) break;
                try { await RunIfDueAsync(job, stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Job tick for {Job} failed on {Node}", job.Name, NodeName);
                }
            }
            try { await Task.Delay(tick, clock, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    public async Task<bool> RunIfDueAsync(IBackgroundJob job, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var db = scope.ServiceProvider.GetRequiredService<Voice.Data.VoiceDbContext>();
        try
        {
            var lease = await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job.Name, ct);
            if (lease is null) await leases.EnsureExistsAsync(job.Name, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (lease?.LastRunAt is { } last && last + job.Interval > now) return false;
            if (lease?.RetryAfter is { } retry && retry > now) return false;
            if (!await leases.TryAcquireAsync(job.Name, NodeName, job.LeaseDuration, ct)) return false;
            scope.ServiceProvider.GetRequiredService<JobRun>().Leased(job.Name, NodeName, job.LeaseDuration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not check the lease for job {Job}", job.Name);
            return false;
        }

        try
        {
            log.LogInformation("Job {Job} starting on {Node}", job.Name, NodeName);
            await job.RunAsync(scope.ServiceProvider, ct);
            scope.ServiceProvider.GetRequiredService<JobRun>().ThrowIfAnyFailed();
            await leases.RecordRunAsync(job.Name, NodeName, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Job {Job} failed on {Node}", job.Name, NodeName);
            try { await WithFreshLeasesAsync(l => l.RecordFailureAsync(job.Name, NodeName, JobRun.Describe(e), CancellationToken.None)); }
            catch (Exception recording) { log.LogWarning(recording, "Could not record the failure of job {Job}", job.Name); }
            return false;
        }
        finally
        {
            // A database outage here must not escape: the lease then simply expires.
            try { await WithFreshLeasesAsync(l => l.ReleaseAsync(job.Name, NodeName, CancellationToken.None)); }
            catch (Exception e) { log.LogWarning(e, "Could not release the lease for job {Job}; it expires by itself", job.Name); }
        }

    }

    /// <summary>The job's own scope (and its database context) may be broken by what failed: record and release in a new one.</summary>
    async Task WithFreshLeasesAsync(Func<JobLeases, Task> act)
    {
        using var fresh = scopes.CreateScope();
        await act(fresh.ServiceProvider.GetRequiredService<JobLeases>());
    }
}
