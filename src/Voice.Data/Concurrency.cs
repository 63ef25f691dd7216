using Microsoft.EntityFrameworkCore;

namespace Voice.Data;

/// <summary>Optimistic concurrency for <see cref="IVersioned"/> records.</summary>
public static class Concurrency
{
    /// <summary>
    /// Says the change is based on the version the person was shown (posted back with the form):
    /// if anyone saved the record since, SaveChanges throws <see cref="DbUpdateConcurrencyException"/>
    /// and nothing is overwritten. Without a posted version the loaded one is used.
    /// </summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, int? shown) where T : class, IVersioned
    {
        if (shown is { } v) db.Entry(entity).Property(e => e.Version).OriginalValue = v;
    }

    /// <summary>What someone else changed, property by property, between the version a person started from and the one saved now.</summary>
    public static async Task<IReadOnlyList<(string Property, string? Was, string? Now)>> ChangesSinceAsync(
        DbUpdateConcurrencyException e, CancellationToken ct = default)
    {
        var changes = new List<(string, string?, string?)>();
        foreach (var entry in e.Entries)
        {
            var now = await entry.GetDatabaseValuesAsync(ct);
            if (now is null) { changes.Add((entry.Metadata.ClrType.Name, "there", "deleted")); continue; }
            foreach (var p in entry.OriginalValues.Properties)
            {
                if (p.Name == nameof(IVersioned.Version) || p.IsShadowProperty()) continue;
                var was = entry.OriginalValues[p];
                var current = now[p];
                if (!Equals(was, current)) changes.Add((p.Name, Show(was), Show(current)));
            }
        }
        return changes;
    }

    static string? Show(object? value) => value switch
    {
        null => null,
        DateTime d => Calendar.UkClock.Format(d),
        DateOnly d => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
        _ => value.ToString(),
    };
}
