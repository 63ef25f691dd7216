namespace Voice.Tests.Support;

/// <summary>
/// A clock tests can set and move, safe to share between tests running in parallel: a test that
/// calls <see cref="Set"/> or <see cref="Advance"/> gets its own time, which flows (as an
/// <see cref="AsyncLocal{T}"/>) into the requests it makes and the jobs it runs, and never moves
/// the time another test sees. Call them from the test method itself, not from a helper method,
/// so the test's own flow keeps the change. Without either, the time is the one the clock started at.
/// </summary>
public sealed class TestClock(DateTimeOffset? start = null) : TimeProvider
{
    sealed class Own(DateTimeOffset now)
    {
        public DateTimeOffset Now = now;
        public readonly Lock Gate = new();
    }

    readonly DateTimeOffset shared = start ?? TimeProvider.System.GetUtcNow();
    readonly AsyncLocal<Own?> own = new();

    public override DateTimeOffset GetUtcNow()
    {
        if (own.Value is not { } mine) return shared;
        lock (mine.Gate) return mine.Now;
    }

    public void Set(DateTimeOffset value) => Mine(value);

    public void Advance(TimeSpan by)
    {
        var mine = Mine(null);
        lock (mine.Gate) mine.Now += by;
    }

    Own Mine(DateTimeOffset? value)
    {
        if (own.Value is not { } mine) own.Value = mine = new Own(value ?? shared);
        else if (value is { } v) lock (mine.Gate) mine.Now = v;
        return mine;
    }
}
