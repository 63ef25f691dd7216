namespace Voice.Tests.Support;

/// <summary>Waits for something other threads or nodes make true, instead of sleeping for a fixed time.</summary>
public static class Eventually
{
    /// <summary>Checks the condition until it holds; fails the test if it has not after <paramref name="within"/> (a generous limit, not a timing assertion).</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var limit = TimeProvider.System.GetUtcNow() + (within ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > limit) throw new TimeoutException("Still waiting for: " + what);
            await Task.Delay(25);
        }
    }
}
