using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Voice.Data.Jobs;

/// <summary>
/// One run of a background job, for the job to go through its records with. Each record is done
/// on its own: one that throws (an address the mail library refuses, a code that no longer
/// decrypts, a row that breaks a rule) is set aside and the records after it are still done. At
/// the end <see cref="ThrowIfAnyFailed"/> makes the run fail, so the job host records which
/// records failed and tries again after its backoff (what was done is claimed, so not redone).
/// Between records the run renews its lease once a third of the lease has passed, so a long run
/// keeps it and a hung one (no progress) loses it to another node.
/// What is stored of a failure (<see cref="JobLease.LastError"/>) is only the record's name and
/// the exception's type (<see cref="Describe"/>): a mail library's message can hold an email
/// address. The whole exception goes to the log.
/// </summary>
public sealed class JobRun(VoiceDbContext db, JobLeases leases, TimeProvider clock, ILogger<JobRun> log)
{
    readonly List<string> failures = [];
    DateTime renewedAt;

    public string? Job { get; private set; }
    public string? Holder { get; private set; }
    public TimeSpan LeaseDuration { get; private set; }
    public IReadOnlyList<string> Failures => failures;

    /// <summary>Called by the host when it has taken the lease; a run without a lease (a test, a command) renews nothing.</summary>
    public void Leased(string job, string holder, TimeSpan duration)
    {
        (Job, Holder, LeaseDuration) = (job, holder, duration);
        renewedAt = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>Does <paramref name="act"/> for each record; a failure is noted under the record's name and the rest go on.</summary>
    public async Task EachAsync<T>(IEnumerable<T> records, Func<T, string> name, Func<T, Task> act, CancellationToken ct)
    {
        foreach (var record in records)
        {
            await RenewIfDueAsync(ct);
            try
            {
                await act(record);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear(); // what the failed record added must not be saved with the next one
                var label = name(record);
                log.LogError(e, "Job {Job}: {Record} failed; the other records go on", Job, label);
                failures.Add($"{label}: {Describe(e)}");
            }
        }
    }

    /// <summary>Extends the lease when a third of it has passed; throws when another node holds it now.</summary>
    public async Task RenewIfDueAsync(CancellationToken ct)
    {
        if (Job is null || Holder is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - renewedAt < LeaseDuration / 3) return;
        if (!await leases.TryAcquireAsync(Job, Holder, LeaseDuration, ct))
            throw new JobLeaseLostException($"The lease of job {Job} was taken by another node; this run stops.");
        renewedAt = now;
    }

    /// <summary>
    /// What may be stored about a failure: our own job exceptions' messages (record names and
    /// counts, written here), otherwise only the exception's type, never its message.
    /// </summary>
    public static string Describe(Exception e) =>
        e is JobRecordsFailedException or JobLeaseLostException ? e.GetType().Name + ": " + e.Message : e.GetType().Name;

    public void ThrowIfAnyFailed()
    {
        if (failures.Count == 0) return;
        throw new JobRecordsFailedException(
            $"{failures.Count} record(s) failed; the others were done. " + string.Join("; ", failures.Take(5)) + (failures.Count > 5 ? "; …" : ""));
    }
}

public sealed class JobRecordsFailedException(string message) : Exception(message);

public sealed class JobLeaseLostException(string message) : Exception(message);
