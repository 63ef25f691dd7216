namespace Voice.Data.Jobs;

/// <summary>How long a failing background job waits before it is tried again: 1 minute after the first failure, doubling, at most an hour.</summary>
public static class JobBackoff
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static TimeSpan After(int failures) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(Math.Min(Longest.TotalMinutes, Math.Pow(2, Math.Min(failures, 20) - 1)));
}
