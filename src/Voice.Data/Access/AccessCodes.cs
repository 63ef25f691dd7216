using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Voice.Data.Access;

/// <summary>
/// The one scheme for every secret code a person types or follows: invitation codes (views),
/// complaint tracking codes and health history codes.
/// <list type="bullet">
/// <item>Codes are 12 characters from 30 that cannot be mistaken for each other (no 0/O, 1/I/L, U/V
/// pairs are kept apart: U is left out), shown in groups of four: about 59 bits.</item>
/// <item>Only an HMAC-SHA256 of the code under a server key is stored (Base64, 44 characters), so a
/// copy of the database alone does not let anyone test codes. Health history keeps its salted
/// PBKDF2 (<see cref="CareLeavers.HealthHistoryRules"/>) but takes its codes from here.</item>
/// <item>Comparison is in constant time, and an unknown reference is compared against a decoy so it
/// takes as long as a wrong code.</item>
/// </list>
/// Guessing is limited separately, in the database (<see cref="AccessGuard"/>).
/// </summary>
public sealed class AccessCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    public const int Length = 12;
    /// <summary>Invitation codes made before this scheme had 8 characters.</summary>
    public const int OldInvitationLength = 8;
    readonly byte[] key;
    readonly string decoy;

    public AccessCodes(byte[] key)
    {
        if (key.Length < 32) throw new ArgumentException("The access code key must be at least 32 bytes (256 bits).", nameof(key));
        this.key = key;
        decoy = Hash(NewCode());
    }

    /// <summary>A new code, grouped for reading: ABCD-EFGH-JKMN.</summary>
    public static string NewCode() => Format(RandomNumberGenerator.GetString(Alphabet, Length));

    /// <summary>What the person typed, reduced to the code's characters: case, spaces and dashes do not matter.</summary>
    public static string Normalise(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    public static bool LooksValid(string normalised) => normalised.Length == Length && normalised.All(Alphabet.Contains);

    public static string Format(string code)
    {
        var n = Normalise(code);
        return n.Length == Length ? $"{n[..4]}-{n[4..8]}-{n[8..]}" : code;
    }

    /// <summary>The stored form of a code: HMAC-SHA256 under the server key, Base64.</summary>
    public string Hash(string code) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("voice-access-code:" + Normalise(code))));

    /// <summary>
    /// Whether a typed code is the one stored, in constant time. With no stored hash (unknown
    /// reference) a decoy is compared, so the answer takes as long. Complaint tracking codes made
    /// before this scheme are unsalted SHA-256 hex; <paramref name="legacySha256"/> accepts them
    /// (the caller then stores <see cref="Hash"/> instead).
    /// </summary>
    public bool Matches(string? typed, string? stored, bool legacySha256 = false)
    {
        var normal = Normalise(typed);
        if (legacySha256 && stored is { Length: 64 })
            return CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)))), Encoding.ASCII.GetBytes(stored));
        var actual = Encoding.ASCII.GetBytes(Hash(normal));
        var expected = Encoding.ASCII.GetBytes(stored ?? decoy);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && stored is not null && LooksValid(normal);
    }

    /// <summary>Whether a stored hash is from before this scheme (complaint tracking codes as SHA-256 hex).</summary>
    public static bool IsLegacy(string stored) => stored.Length == 64;

    /// <summary>
    /// A new link token: 128 random bits, Base64url (22 characters). Links carry this instead of the
    /// typed code, so following a link needs no typing and a code never sits in an address or a
    /// browser's history. Stored only as <see cref="HashLink"/>.
    /// </summary>
    public static string NewLinkToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool LooksLikeLinkToken(string? token) =>
        token is { Length: 22 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The stored form of a link token: HMAC-SHA256 under the server key (another purpose than codes), Base64. Found by an index, so no comparison of secrets is made in the app.</summary>
    public string HashLink(string token) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("voice-link-token:" + token)));

    /// <summary>A key that names a client or target in <see cref="AccessGuard"/> without storing who it is.</summary>
    public string Pseudonym(string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("voice-access-key:" + value)))[..32];
}
