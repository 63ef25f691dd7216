using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Data.Outbox;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Tests.Outbox;

/// <summary>A sender that records what it was asked to send, and can be told to fail.</summary>
public sealed class RecordingSender : INotificationSender
{
    public readonly ConcurrentQueue<EmailMessage> Sent = new();
    public int Calls;
    public bool Fail;

    public Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Interlocked.Increment(ref Calls);
        if (Fail) throw new InvalidOperationException("The mail service said no");
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}

public class OutboxTests
{
    static async Task<(VoiceApplication App, RecordingSender Sender)> StartAsync(DatabaseProvider provider)
    {
        var sender = new RecordingSender();
        var app = await VoiceApplication.StartAsync(provider, services: s => s.AddSingleton<INotificationSender>(sender));
        return (app, sender);
    }

    static async Task<int> DispatchAsync(VoiceApplication app)
    {
        using var scope = app.Services.CreateScope();
        return await OutboxDispatcher.DispatchAsync(scope.ServiceProvider, default, "test-node");
    }

    [Theory, BothDatabases]
    public async Task ASaveThatFailsAfterTheChange_QueuesAndSendsNothing(DatabaseProvider provider)
    {
        var (app, sender) = await StartAsync(provider);
        await using var _ = app;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<Voice.Data.Outbox.Outbox>();
            // Two calendar versions with one version string: the unique index refuses the save.
            db.CalendarVersions.Add(new Voice.Data.Calendar.CalendarVersionRecord { Version = "dup", Change = "a", CreatedBy = "t" });
            db.CalendarVersions.Add(new Voice.Data.Calendar.CalendarVersionRecord { Version = "dup", Change = "b", CreatedBy = "t" });
            outbox.Email("test", "someone@example.com", "About the change", "This reports a change that was never saved");
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = app.NewDbContext()) Assert.Equal(0, await db.OutboxMessages.CountAsync());
        Assert.Equal(0, await DispatchAsync(app));
        Assert.Equal(0, sender.Calls);
    }

    [Theory, BothDatabases]
    public async Task ASavedChange_IsSentOnce_ByTheDispatcher(DatabaseProvider provider)
    {
        var (app, sender) = await StartAsync(provider);
        await using var _ = app;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
            scope.ServiceProvider.GetRequiredService<Voice.Data.Outbox.Outbox>().Email("test", "someone@example.com", "Hello", "Body");
            scope.ServiceProvider.GetRequiredService<AuditWriter>().Add(AuditActor.System, "Something", "Test", "1");
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, sender.Calls); // nothing is sent by the request itself
        Assert.Equal(1, await DispatchAsync(app));
        Assert.Equal(0, await DispatchAsync(app));
        var sent = Assert.Single(sender.Sent);
        Assert.Equal(("someone@example.com", "Hello"), (sent.To, sent.Subject));
        await using var check = app.NewDbContext();
        var row = await check.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.NotNull(row.SentAt);
    }

    [Theory, BothDatabases]
    public async Task ASenderFailingThreeTimes_IsRetriedAfterABackoff_ThenDeadLettered_AndAnAdministratorCanRetry(DatabaseProvider provider)
    {
        var (app, sender) = await StartAsync(provider);
        await using var _ = app;
        sender.Fail = true;
        // Signed in first: sign-in codes follow the real time, the outbox follows the test's clock.
        var practitioner = PageClient.For(app);
        await practitioner.SignInAsync(await app.CreateStaffAsync([Roles.Practitioner]));
        var admin = PageClient.For(app);
        await admin.SignInAsync(await app.CreateStaffAsync([Roles.Administrator]));
        app.Clock.Advance(TimeSpan.Zero);
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<Voice.Data.Outbox.Outbox>().Email("test", "someone@example.com", "Will fail", "Body");
            await scope.ServiceProvider.GetRequiredService<VoiceDbContext>().SaveChangesAsync();
        }

        await DispatchAsync(app);
        Assert.Equal(1, sender.Calls);
        await DispatchAsync(app);                          // not yet: it waits a minute
        Assert.Equal(1, sender.Calls);
        app.Clock.Advance(OutboxRetry.Backoff(1));
        await DispatchAsync(app);
        Assert.Equal(2, sender.Calls);
        app.Clock.Advance(OutboxRetry.Backoff(2));
        await DispatchAsync(app);
        Assert.Equal(3, sender.Calls);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await DispatchAsync(app);                          // dead: never tried again by itself
        Assert.Equal(3, sender.Calls);
        await using (var db = app.NewDbContext())
        {
            var row = await db.OutboxMessages.SingleAsync();
            Assert.Equal((OutboxStatus.Dead, 3), (row.Status, row.Attempts));
            Assert.Contains("The mail service said no", row.LastError);
        }

        Assert.StartsWith("/account/access-denied", (await practitioner.GetAsync("/staff/admin/outbox")).Location);
        var page = await admin.GetAsync("/staff/admin/outbox");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Will fail", page.Document.QuerySelector("#dead")!.TextContent);
        Assert.Contains("The mail service said no", page.Document.QuerySelector("#dead")!.TextContent);
        var retried = await admin.SubmitAsync(page.Form("#dead form"));
        Assert.Equal(HttpStatusCode.Redirect, retried.Status);

        sender.Fail = false;
        Assert.Equal(1, await DispatchAsync(app));
        await using (var db = app.NewDbContext())
            Assert.Equal(OutboxStatus.Sent, (await db.OutboxMessages.SingleAsync()).Status);
        Assert.NotNull((await admin.GetAsync("/staff/admin/outbox")).Document.QuerySelector("#none"));
    }
}
