namespace Voice.Data.Audit;

/// <summary>
/// The administrators' audit search: by person, by action (what it starts with), and by UK date
/// range, newest first, a page at a time by keyset (entries older than the last one shown), so a
/// page deep in a large log costs the same as the first.
/// </summary>
public sealed record AuditSearch(string? ActorId, string? Action, DateTime? FromUtc, DateTime? ToUtc, long? Before)
{
    public const int PageSize = 50;

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (ActorId is not null) entries = entries.Where(e => e.ActorId == ActorId);
        if (!string.IsNullOrWhiteSpace(Action)) entries = entries.Where(e => e.Action.StartsWith(Action.Trim()));
        if (FromUtc is { } from) entries = entries.Where(e => e.At >= from);
        if (ToUtc is { } to) entries = entries.Where(e => e.At < to);
        if (Before is { } before) entries = entries.Where(e => e.Id < before);
        return entries.OrderByDescending(e => e.Id).Take(PageSize + 1);
    }
}
