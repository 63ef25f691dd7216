namespace Voice.Data.Outbox;

/// <summary>When to try a failed message again, and when to stop.</summary>
public static class OutboxRetry
{
    /// <summary>After this many failed attempts a message is dead-lettered for an administrator to look at.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Waits of 1, 5 and 25 minutes (and so on, up to 2 hours) after the 1st, 2nd, 3rd… failure.</summary>
    public static TimeSpan Backoff(int failedAttempts) =>
        TimeSpan.FromMinutes(Math.Min(120, Math.Pow(5, Math.Max(0, failedAttempts - 1))));

    /// <summary>Records a failure: schedules the next attempt, or dead-letters the message at the cap.</summary>
    public static void Failed(OutboxMessage m, string error, DateTime now)
    {
        m.Attempts++;
        m.LastError = error.Length <= 2000 ? error : error[..2000];
        m.ClaimedBy = null;
        m.ClaimedUntil = null;
        if (m.Attempts >= MaxAttempts) m.Status = OutboxStatus.Dead;
        else m.NextAttemptAt = now + Backoff(m.Attempts);
    }

    /// <summary>An administrator sends a dead message again: it gets a fresh set of attempts.</summary>
    public static void Retry(OutboxMessage m, DateTime now)
    {
        m.Status = OutboxStatus.Pending;
        m.Attempts = 0;
        m.NextAttemptAt = now;
    }
}
