namespace Voice.Data;

/// <summary>
/// A record two people may change at once. <see cref="Version"/> is a concurrency token: the
/// context adds one on every save that changes the row, and a save made from an older version
/// fails with <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/> instead
/// of overwriting the other person's change. Pages send the version they showed with the form.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
