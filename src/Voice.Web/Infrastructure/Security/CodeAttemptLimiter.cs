using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// Slows down guessing of secret codes: after too many wrong codes from one address in a window,
/// that address is refused until the window passes. Right codes never count, so a class of
/// children on one school network is not blocked by each other.
/// </summary>
public class CodeAttemptLimiter(TimeProvider clock, IOptions<VoiceOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new();

    int MaxFailures => Math.Max(5, options.Value.Limits.PublicPostsPerMinute / 3);

    static string Key(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public bool IsBlocked(HttpContext context)
    {
        if (!failures.TryGetValue(Key(context), out var queue)) return false;
        lock (queue)
        {
            Trim(queue);
            return queue.Count >= MaxFailures;
        }
    }

    public void RecordFailure(HttpContext context)
    {
        var queue = failures.GetOrAdd(Key(context), _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Trim(queue);
            queue.Enqueue(clock.GetUtcNow());
        }
    }

    void Trim(Queue<DateTimeOffset> queue)
    {
        var cutoff = clock.GetUtcNow() - Window;
        while (queue.Count > 0 && queue.Peek() < cutoff) queue.Dequeue();
    }
}
