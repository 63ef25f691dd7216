using System.Security.Cryptography;
using System.Text;

namespace Voice.Data.Feedback.Views;

/// <summary>
/// Invitation codes: 8 characters that are easy to read aloud and type on a phone (no 0/O,
/// 1/I/L), shown as ABCD-EFGH. Only a SHA-256 hash is stored.
/// </summary>
public static class InvitationCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string Generate()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    /// <summary>What the person typed, reduced to the code's characters: case, spaces and dashes do not matter.</summary>
    public static string Normalise(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());

    public static bool LooksValid(string normalised) =>
        normalised.Length == Length && normalised.All(Alphabet.Contains);

    public static string Hash(string normalised) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));

    public static string Format(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
}
