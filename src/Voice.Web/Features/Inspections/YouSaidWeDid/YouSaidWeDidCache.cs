using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Inspections;

namespace Voice.Web.Features.Inspections.YouSaidWeDid;

/// <summary>
/// The public "You said, we did" page's content, cached like a content page: one entry per topic
/// and year filter, all kept until <see cref="Duration"/> after the first of them was loaded, by
/// the app's clock (the injected <see cref="TimeProvider"/>, so tests can move it), and dropped at
/// once on this node when an audit or acted-on feedback changes (<see cref="Evict"/>), so a newly
/// published change shows straight away. Other nodes catch up within <see cref="Duration"/>.
///
/// The page's HTML is in the output cache too (<see cref="Infrastructure.PublicContentCache"/>):
/// <see cref="Evict"/> evicts its tag, and its entries vary by <see cref="Stamp"/>, which changes
/// whenever this cache is emptied, so the HTML never outlives the data it was made from. The
/// entries are few (the page only asks for real topics and years that have changes), so they live
/// in a plain dictionary rather than the shared memory cache, whose expiry runs on the machine's clock.
/// </summary>
public sealed class YouSaidWeDidCache(TimeProvider clock, IOutputCacheStore outputCache)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public sealed record Content(IReadOnlyList<int> Years, IReadOnlyList<YouSaidWeDidEntry> Entries, int? Year);

    sealed record Entry(object Value, long Generation);

    readonly ConcurrentDictionary<(string? Topic, int? Year, bool Years), Entry> entries = new();
    readonly Lock expiring = new();
    long generation;
    DateTimeOffset? expires;

    /// <summary>
    /// Changes whenever the cache is emptied: by <see cref="Evict"/>, or when <see cref="Duration"/>
    /// has passed since the first entry was loaded (checked here, so asking is what expires it).
    /// </summary>
    public long Stamp()
    {
        lock (expiring)
        {
            if (expires is { } e && e <= clock.GetUtcNow()) Empty();
            return Interlocked.Read(ref generation);
        }
    }

    /// <summary>
    /// The years there are changes for, and the changes for a topic (one the page already checked
    /// is a topic, or null) and a year (dropped if there is nothing that year), so only real
    /// filters are ever cached.
    /// </summary>
    public async Task<Content> GetAsync(VoiceDbContext db, string? topic, int? year, CancellationToken ct)
    {
        var years = await GetOrLoadAsync((null, null, true), () => Voice.Data.Inspections.YouSaidWeDid.YearsAsync(db, ct));
        if (year is { } y && !years.Contains(y)) year = null;
        var found = await GetOrLoadAsync((topic, year, false), async () =>
            (IReadOnlyList<YouSaidWeDidEntry>)(await Voice.Data.Inspections.YouSaidWeDid.LoadAsync(db, topic, year, ct))
                .Select(e => e with { YouSaid = QuoteRedactor.Redact(e.YouSaid) }).ToList());
        return new Content(years, found, year);
    }

    async Task<T> GetOrLoadAsync<T>((string?, int?, bool) key, Func<Task<T>> load) where T : class
    {
        var current = Stamp();
        if (entries.TryGetValue(key, out var hit) && hit.Generation == current)
            return (T)hit.Value;
        var value = await load();
        // A load that began before an eviction is stored with the old generation, so it is never served.
        lock (expiring) expires ??= clock.GetUtcNow() + Duration;
        entries[key] = new Entry(value, current);
        return value;
    }

    /// <summary>Drops every cached filter (call after saving anything the page shows).</summary>
    public void Evict()
    {
        lock (expiring) Empty();
        // The in-memory store evicts at once; the page's entries vary by the stamp in any case.
        outputCache.EvictByTagAsync(Infrastructure.PublicContentCache.YouSaidWeDidTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    void Empty()
    {
        Interlocked.Increment(ref generation);
        expires = null;
        entries.Clear();
    }
}
