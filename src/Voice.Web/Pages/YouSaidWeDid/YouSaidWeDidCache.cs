using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Inspections;

namespace Voice.Web.Pages.YouSaidWeDid;

/// <summary>
/// The public "You said, we did" page's content, cached like a content page: one entry per topic
/// and year filter, kept for <see cref="Duration"/>, and dropped at once on this node when an audit
/// or acted-on feedback changes (<see cref="Evict"/>), so a newly published change shows
/// straight away. Other nodes catch up within <see cref="Duration"/>.
///
/// The data is cached rather than the HTML (ASP.NET Core output caching): every page carries a
/// fresh Content Security Policy nonce, which a cached body would not match.
/// </summary>
public sealed class YouSaidWeDidCache(IMemoryCache cache)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public sealed record Content(IReadOnlyList<int> Years, IReadOnlyList<YouSaidWeDidEntry> Entries, int? Year);

    CancellationTokenSource changed = new();

    /// <summary>
    /// The years there are changes for, and the changes for a topic (one the page already checked
    /// is a topic, or null) and a year (dropped if there is nothing that year), so only real
    /// filters are ever cached.
    /// </summary>
    public async Task<Content> GetAsync(VoiceDbContext db, string? topic, int? year, CancellationToken ct)
    {
        var years = await GetOrLoadAsync("years", () => Voice.Data.Inspections.YouSaidWeDid.YearsAsync(db, ct));
        if (year is { } y && !years.Contains(y)) year = null;
        var entries = await GetOrLoadAsync(("entries", topic, year), async () =>
            (IReadOnlyList<YouSaidWeDidEntry>)(await Voice.Data.Inspections.YouSaidWeDid.LoadAsync(db, topic, year, ct))
                .Select(e => e with { YouSaid = QuoteRedactor.Redact(e.YouSaid) }).ToList());
        return new Content(years, entries, year);
    }

    async Task<T> GetOrLoadAsync<T>(object key, Func<Task<T>> load)
    {
        key = (nameof(YouSaidWeDidCache), key);
        if (cache.TryGetValue(key, out T? hit)) return hit!;
        var token = changed.Token;
        var value = await load();
        if (!token.IsCancellationRequested)
            cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Duration }.AddExpirationToken(new CancellationChangeToken(token)));
        return value;
    }

    /// <summary>Drops every cached filter (call after saving anything the page shows).</summary>
    public void Evict()
    {
        // Not disposed: a request may still be reading its token (it has no timer to release).
        Interlocked.Exchange(ref changed, new CancellationTokenSource()).Cancel();
    }
}
