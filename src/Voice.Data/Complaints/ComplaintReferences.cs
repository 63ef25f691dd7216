using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Voice.Data.Access;

namespace Voice.Data.Complaints;

/// <summary>
/// Complaint references, like CMP-2026-K7Q2MX: the year received and six random characters from
/// the access codes' alphabet (no 0/O, 1/I/L or U), about 29 bits, so a reference says nothing
/// about how many complaints there are and the next one cannot be worked out from your own.
/// A reference is not a secret (the tracking code is); it only must not be sequential.
/// References made before (CMP-2026-000123, from the row id) stay as they are and keep working.
/// </summary>
public static class ComplaintReferences
{
    public const int RandomLength = 6;
    const int Attempts = 8;

    public static string New(int year) => $"CMP-{year}-{RandomNumberGenerator.GetString(AccessCodes.Alphabet, RandomLength)}";

    /// <summary>
    /// A new reference no complaint has yet. A collision (about one in 700 million per complaint
    /// that year) draws again; the unique index settles a race between two saves.
    /// </summary>
    public static async Task<string> FreeAsync(VoiceDbContext db, int year, CancellationToken ct, Func<int, string>? draw = null)
    {
        draw ??= New;
        for (var i = 0; i < Attempts; i++)
        {
            var candidate = draw(year);
            if (!await db.Complaints.AnyAsync(c => c.Reference == candidate, ct)) return candidate;
        }
        throw new InvalidOperationException($"No free complaint reference after {Attempts} draws.");
    }
}
