using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Data;
using Voice.Web;
using Voice.Web.Infrastructure.Jobs;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure;

/// <summary>Two real app instances on one PostgreSQL database: a job must never run on both at once.</summary>
public class JobHostTwoNodesTests
{
    sealed class Probe
    {
        int running;
        public int MaxConcurrent;
        public int Runs;
        public readonly HashSet<string> Nodes = [];

        public async Task RunAsync(string node, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref running);
            lock (this) MaxConcurrent = Math.Max(MaxConcurrent, now);
            try
            {
                await Task.Delay(120, ct);
                lock (this)
                {
                    // Counted when finished: a run cut short by shutdown is not recorded as run.
                    Runs++;
                    Nodes.Add(node);
                }
            }
            finally { Interlocked.Decrement(ref running); }
        }
    }

    sealed class ProbeJob(Probe probe, string node) : IBackgroundJob
    {
        public string Name => "two-node-probe";
        public TimeSpan Interval => TimeSpan.Zero;
        public Task RunAsync(IServiceProvider services, CancellationToken ct) => probe.RunAsync(node, ct);
    }

    internal static WebApplication Node(TestDatabase database, string name, Action<IServiceCollection> services) => VoiceApp.Create([], b =>
        {
            b.Environment.EnvironmentName = "Testing";
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration["ConnectionStrings:Voice"] = database.ConnectionString;
            b.Configuration["Voice:Database:Provider"] = "Postgres";
            b.Configuration["Voice:DataPath"] = Directory.CreateTempSubdirectory("voice-node-").FullName;
            b.Configuration["Voice:Jobs:Enabled"] = "true";
            b.Configuration["Voice:Jobs:TickSeconds"] = "0.02";
            b.Configuration["Voice:Jobs:NodeName"] = name;
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
            services(b.Services);
        }, contentRoot: Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web"));

    [Fact]
    public async Task AJob_RunsOnExactlyOneNodeAtATime()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        var probe = new Probe();
        await using var a = Node(database, "node-a", s => s.AddSingleton<IBackgroundJob>(new ProbeJob(probe, "node-a")));
        await using var b = Node(database, "node-b", s => s.AddSingleton<IBackgroundJob>(new ProbeJob(probe, "node-b")));
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        await Eventually.HoldsAsync(() => Task.FromResult(probe.Runs >= 5), "the probe job to run 5 times");
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        Assert.Equal(1, probe.MaxConcurrent);
        Assert.True(probe.Runs >= 5, $"the job ran only {probe.Runs} times");
        await using var db = database.NewContext();
        var lease = await db.JobLeases.SingleAsync(l => l.Name == "two-node-probe");
        Assert.Equal(probe.Runs, lease.RunCount);
        Assert.Null(lease.Holder);
    }

    [Fact]
    public async Task TwoNodes_SendEachOutboxMessageOnce()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        var sender = new Voice.Tests.Outbox.RecordingSender();
        await using var a = Node(database, "node-a", s => s.AddSingleton<Voice.Web.Infrastructure.Notifications.INotificationSender>(sender));
        await using var b = Node(database, "node-b", s => s.AddSingleton<Voice.Web.Infrastructure.Notifications.INotificationSender>(sender));
        await using (var db = database.NewContext())
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 60; i++)
                db.OutboxMessages.Add(new Voice.Data.Outbox.OutboxMessage
                {
                    Kind = "test", ToEmail = $"person{i}@example.com", Subject = $"Message {i}", Body = "Body", CreatedAt = now, NextAttemptAt = now,
                });
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        await Eventually.HoldsAsync(async () =>
        {
            await using var db = database.NewContext();
            return await db.OutboxMessages.AllAsync(m => m.Status == Voice.Data.Outbox.OutboxStatus.Sent);
        }, "every outbox message to be sent");
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        Assert.Equal(60, sender.Sent.Count);
        Assert.Equal(60, sender.Sent.Select(m => m.Subject).Distinct().Count());
    }
}
