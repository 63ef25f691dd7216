namespace Voice.Tests.Support;

/// <summary>A clock tests can set and move. Starts at the real time unless told otherwise.</summary>
public sealed class TestClock(DateTimeOffset? start = null) : TimeProvider
{
    DateTimeOffset now = start ?? TimeProvider.System.GetUtcNow();
    readonly Lock gate = new();

    public override DateTimeOffset GetUtcNow() { lock (gate) return now; }
    public void Set(DateTimeOffset value) { lock (gate) now = value; }
    public void Advance(TimeSpan by) { lock (gate) now += by; }
}
