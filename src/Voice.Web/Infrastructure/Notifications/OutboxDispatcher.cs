using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Calendar;
using Voice.Data.Outbox;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Infrastructure.Notifications;

/// <summary>
/// Sends what the outbox holds, through the configured <see cref="INotificationSender"/>. The job
/// host runs it on one node at a time; each message is also claimed with a conditional UPDATE
/// before it is sent, so even a node whose lease ran out cannot send a message another node is
/// sending. A failure waits (<see cref="OutboxRetry.Backoff"/>) and is tried again, up to
/// <see cref="OutboxRetry.MaxAttempts"/>; then the message is dead-lettered for an administrator.
/// </summary>
public class OutboxDispatcher : IBackgroundJob
{
    public const int BatchSize = 50;
    static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public string Name => "outbox-dispatcher";
    public TimeSpan Interval => TimeSpan.Zero;
    public TimeSpan LeaseDuration => TimeSpan.FromMinutes(5);

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => DispatchAsync(services, ct);

    /// <summary>Sends every message that is due now; returns how many were sent.</summary>
    public static async Task<int> DispatchAsync(IServiceProvider services, CancellationToken ct, string? node = null)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var clock = services.GetRequiredService<UkClock>();
        var log = services.GetRequiredService<ILogger<OutboxDispatcher>>();
        node ??= services.GetService<JobHost>()?.NodeName ?? Environment.MachineName;
        var sent = 0;
        var now = clock.UtcNow;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        foreach (var id in due)
        {
            now = clock.UtcNow;
            var until = now + ClaimFor;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, node).SetProperty(m => m.ClaimedUntil, until), ct);
            if (claimed != 1) continue;

            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
            try
            {
                await SendAsync(services, message, ct);
                message.Status = OutboxStatus.Sent;
                message.SentAt = clock.UtcNow;
                message.Attempts++;
                message.ClaimedBy = null;
                message.ClaimedUntil = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OutboxRetry.Failed(message, $"{e.GetType().Name}: {e.Message}", clock.UtcNow);
                if (message.Status == OutboxStatus.Dead)
                    log.LogError(e, "Outbox message {Id} ({Kind}) failed {Attempts} times and was dead-lettered", message.Id, message.Kind, message.Attempts);
                else
                    log.LogWarning(e, "Outbox message {Id} ({Kind}) failed; trying again at {Next}", message.Id, message.Kind, message.NextAttemptAt);
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    /// <summary>
    /// Sends one message by its channel, with its kind (Notify picks the kind's template). A
    /// channel the configured mode cannot send (SMTP has no letters) fails like any other
    /// failure, so the message is retried and then dead-lettered where an administrator sees it.
    /// </summary>
    static Task SendAsync(IServiceProvider services, OutboxMessage m, CancellationToken ct) => m.Channel switch
    {
        OutboxChannels.Letter => (services.GetService<ILetterSender>() ?? throw Unavailable("letters"))
            .SendAsync(new LetterMessage(m.ToName ?? "", m.ToAddress ?? "", m.Subject, m.Body) { Kind = m.Kind }, ct),
        OutboxChannels.Text => (services.GetService<ITextMessageSender>() ?? throw Unavailable("text messages"))
            .SendAsync(new TextMessage(m.ToPhone ?? "", m.Body) { Kind = m.Kind }, ct),
        _ => services.GetRequiredService<INotificationSender>()
            .SendAsync(new EmailMessage(m.ToEmail ?? "", m.Subject, m.Body) { Kind = m.Kind }, ct),
    };

    static InvalidOperationException Unavailable(string what) =>
        new($"Voice:Notifications:Mode cannot send {what}: use Notify (or the file outbox in development)");
}
