namespace Voice.Data.Audit;

/// <summary>The actor behind a change: a signed-in person, the public, or the system.</summary>
public readonly record struct AuditActor(string? Id, string Name)
{
    public static readonly AuditActor System = new(null, "system");
    public static readonly AuditActor Public = new(null, "public");
}

/// <summary>
/// Adds audit entries to the same unit of work as the change they describe, so an audited change
/// and its entry are saved together or not at all.
/// </summary>
public class AuditWriter(VoiceDbContext db, TimeProvider clock)
{
    public AuditEntry Add(AuditActor actor, string action, string recordType, string? recordId, string? detail = null)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.Id,
            ActorName = Truncate(actor.Name, 256),
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Detail = detail is null ? null : Truncate(detail, 4000),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task WriteAsync(AuditActor actor, string action, string recordType, string? recordId, string? detail = null, CancellationToken ct = default)
    {
        Add(actor, action, recordType, recordId, detail);
        await db.SaveChangesAsync(ct);
    }

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
