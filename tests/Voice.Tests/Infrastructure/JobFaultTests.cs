using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Jobs;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Tests.Infrastructure;

/// <summary>Jobs that fail, and a database that fails under them, never stop the job host.</summary>
public class JobFaultTests
{
    sealed class FlakyJob : IBackgroundJob
    {
        public int Runs;
        public bool Fail = true;
        public Func<IServiceProvider, Task>? Sabotage;
        public string Name => "flaky-" + GetHashCode();
        public TimeSpan Interval => TimeSpan.Zero;

        public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            Runs++;
            if (Sabotage is not null) await Sabotage(services);
            if (Fail) throw new InvalidOperationException("the mail server said no");
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(1000, 60)]
    public void Backoff_Doubles_UpToAnHour(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), JobBackoff.After(failures));

    [Theory, BothDatabases]
    public async Task AFailedJob_RecordsTheFailure_AndWaitsBeforeTryingAgain(DatabaseProvider provider)
    {
        var job = new FlakyJob();
        await using var app = await VoiceApplication.StartAsync(provider, services: s => s.AddSingleton<IBackgroundJob>(job));
        var host = app.Services.GetRequiredService<JobHost>();

        Assert.False(await host.RunIfDueAsync(job, CancellationToken.None));
        Assert.False(await host.RunIfDueAsync(job, CancellationToken.None)); // the next tick: still waiting
        Assert.Equal(1, job.Runs);
        var lease = await LeaseAsync(app, job);
        Assert.Equal(1, lease.FailureCount);
        Assert.Equal("InvalidOperationException", lease.LastError); // the type only: a message can hold an address
        Assert.Null(lease.LastRunAt);
        Assert.Null(lease.Holder);

        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.False(await host.RunIfDueAsync(job, CancellationToken.None));
        Assert.Equal(2, job.Runs);
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.False(await host.RunIfDueAsync(job, CancellationToken.None)); // 2 minutes after the second failure
        Assert.Equal(2, job.Runs);
        Assert.Equal(2, (await LeaseAsync(app, job)).FailureCount);

        job.Fail = false;
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await host.RunIfDueAsync(job, CancellationToken.None));
        lease = await LeaseAsync(app, job);
        Assert.Equal((0, null, null, 1), (lease.FailureCount, lease.RetryAfter, lease.LastError, lease.RunCount));
    }

    [Theory, BothDatabases]
    public async Task TheLeaseTableGoingAway_DuringAJob_DoesNotEscapeTheHost(DatabaseProvider provider)
    {
        var job = new FlakyJob();
        var away = provider == DatabaseProvider.Postgres ? "ALTER TABLE \"JobLeases\" RENAME TO \"JobLeasesAway\"" : "ALTER TABLE JobLeases RENAME TO JobLeasesAway";
        var back = provider == DatabaseProvider.Postgres ? "ALTER TABLE \"JobLeasesAway\" RENAME TO \"JobLeases\"" : "ALTER TABLE JobLeasesAway RENAME TO JobLeases";
        job.Sabotage = services => services.GetRequiredService<VoiceDbContext>().Database.ExecuteSqlRawAsync(away);
        await using var app = await VoiceApplication.StartAsync(provider, services: s => s.AddSingleton<IBackgroundJob>(job));
        var host = app.Services.GetRequiredService<JobHost>();

        // Recording the failure and releasing the lease both fail: the host carries on.
        Assert.False(await host.RunIfDueAsync(job, CancellationToken.None));
        job.Sabotage = null;
        Assert.False(await host.RunIfDueAsync(job, CancellationToken.None)); // the lease cannot even be read
        Assert.Equal(1, job.Runs);

        await using (var db = app.NewDbContext()) await db.Database.ExecuteSqlRawAsync(back);
        job.Fail = false;
        app.Clock.Advance(TimeSpan.FromMinutes(11)); // the lease it could not release has expired
        Assert.True(await host.RunIfDueAsync(job, CancellationToken.None));
        Assert.Equal(2, job.Runs);
    }

    /// <summary>A job of slow records: each takes four minutes of the test clock, and another node tries to take the lease meanwhile.</summary>
    sealed class SlowJob(VoiceApplication app) : IBackgroundJob
    {
        public readonly List<bool> OtherNodeGotIt = [];
        public string Name => "slow-" + GetHashCode();
        public TimeSpan Interval => TimeSpan.Zero;
        public TimeSpan LeaseDuration => TimeSpan.FromMinutes(10);

        public Task RunAsync(IServiceProvider services, CancellationToken ct) =>
            services.GetRequiredService<JobRun>().EachAsync(Enumerable.Range(1, 6), i => $"record {i}", async _ =>
            {
                app.Clock.Advance(TimeSpan.FromMinutes(4));
                await using var db = app.NewDbContext();
                OtherNodeGotIt.Add(await new JobLeases(db, app.Clock).TryAcquireAsync(Name, "the-other-node", LeaseDuration));
            }, ct);
    }

    [Theory, BothDatabases]
    public async Task ALongRun_RenewsItsLease_SoNoOtherNodeTakesTheJobMidway(DatabaseProvider provider)
    {
        await using var app = await VoiceApplication.StartAsync(provider);
        app.Clock.Advance(TimeSpan.Zero); // this test's own time, which the job moves on
        var job = new SlowJob(app);
        var host = app.Services.GetRequiredService<JobHost>();
        Assert.True(await host.RunIfDueAsync(job, CancellationToken.None));
        // 24 minutes of work under a 10-minute lease: without renewal the other node takes it at the third record.
        Assert.Equal(Enumerable.Repeat(false, 6), job.OtherNodeGotIt);
    }

    /// <summary>A job whose second record throws what a mail library throws: a message with the person's address in it.</summary>
    sealed class MailJob : IBackgroundJob
    {
        public readonly List<int> Done = [];
        public string Name => "mail-" + GetHashCode();
        public TimeSpan Interval => TimeSpan.Zero;

        public Task RunAsync(IServiceProvider services, CancellationToken ct) =>
            services.GetRequiredService<JobRun>().EachAsync(Enumerable.Range(1, 3), i => $"Invitation {i}", i =>
            {
                if (i == 2) throw new InvalidOperationException("5.1.1 <young.person@example.com>: mailbox unavailable, ref 07700900123");
                Done.Add(i);
                return Task.CompletedTask;
            }, ct);
    }

    [Fact]
    public async Task AFailedRecord_IsStoredByNameAndType_NeverWithTheExceptionsMessage()
    {
        var job = new MailJob();
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        Assert.False(await app.Services.GetRequiredService<JobHost>().RunIfDueAsync(job, CancellationToken.None));

        Assert.Equal([1, 3], job.Done);
        var lease = await LeaseAsync(app, job);
        Assert.Contains("Invitation 2: InvalidOperationException", lease.LastError);
        Assert.DoesNotContain("example.com", lease.LastError);
        Assert.DoesNotContain("07700900123", lease.LastError);
        Assert.DoesNotContain("mailbox", lease.LastError);
    }

    static async Task<JobLease> LeaseAsync(VoiceApplication app, IBackgroundJob job)
    {
        await using var db = app.NewDbContext();
        return await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == job.Name);
    }
}
