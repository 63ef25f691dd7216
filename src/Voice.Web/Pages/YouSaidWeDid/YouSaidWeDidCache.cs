using System.Collections.Concurrent;
using Voice.Data;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Inspections;

namespace Voice.Web.Pages.YouSaidWeDid;

/// <summary>
/// The public "You said, we did" page's content, cached like a content page: one entry per topic
/// and year filter, kept for <see cref="Duration"/> by the app's clock (the injected
/// <see cref="TimeProvider"/>, so tests can move it), and dropped at once on this node when an
/// audit or acted-on feedback changes (<see cref="Evict"/>), so a newly published change shows
/// straight away. Other nodes catch up within <see cref="Duration"/>.
///
/// The data is cached rather than the HTML (ASP.NET Core output caching): every page carries a
/// fresh Content Security Policy nonce, which a cached body would not match. The entries are few
/// (the page only asks for real topics and years that have changes), so they live in a plain
/// dictionary rather than the shared memory cache, whose expiry runs on the machine's clock.
/// </summary>
public sealed class YouSaidWeDidCache(TimeProvider clock)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public sealed record Content(IReadOnlyList<int> Years, IReadOnlyList<YouSaidWeDidEntry> Entries, int? Year);

    sealed record Entry(object Value, long Generation, DateTimeOffset Expires);

    readonly ConcurrentDictionary<(string? Topic, int? Year, bool Years), Entry> entries = new();
    long generation;

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
        var current = Interlocked.Read(ref generation);
        if (entries.TryGetValue(key, out var hit) && hit.Generation == current && hit.Expires > clock.GetUtcNow())
            return (T)hit.Value;
        var value = await load();
        // A load that began before an eviction is stored with the old generation, so it is never served.
        entries[key] = new Entry(value, current, clock.GetUtcNow() + Duration);
        return value;
    }

    /// <summary>Drops every cached filter (call after saving anything the page shows).</summary>
    public void Evict()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }
}
