using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Voice.Data.Languages;

/// <summary>Whether a person who reads the language has checked a translation.</summary>
public enum TranslationStatus { Draft, Reviewed }

/// <summary>What a reader gets for one text in one language.</summary>
public enum TranslationState
{
    /// <summary>No translation: the English is shown.</summary>
    Missing,
    /// <summary>Translated but not yet checked by someone who reads the language.</summary>
    Draft,
    /// <summary>Checked by someone who reads the language, against the English as it is now.</summary>
    Reviewed,
    /// <summary>The English has changed since it was translated: the English is shown until it is checked again.</summary>
    NeedsReview,
}

/// <summary>One translated text, as kept in <c>content/translations/&lt;lang&gt;/*.json</c>.</summary>
public sealed record Translation(
    string Text,
    TranslationStatus Status,
    string SourceHash,
    string? ReviewedBy = null,
    DateOnly? ReviewedOn = null);

/// <summary>The text a page shows for one key, in the language it is actually in.</summary>
public sealed record TranslatedText(string Text, string Language, TranslationState State)
{
    /// <summary>Shown in the requested language but not (or no longer) checked by a reader of it.</summary>
    public bool Unchecked => State == TranslationState.Draft;
}

public static partial class TranslationText
{
    /// <summary>
    /// A short fingerprint of the English a translation was made from (first 12 hex digits of
    /// SHA-256 over the text with line endings made \n), so a changed English is noticed.
    /// </summary>
    public static string Hash(string english) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(english.Replace("\r\n", "\n").Trim())))[..12];

    /// <summary>The numbered places ({0}, {1}) a text fills in, which a translation must keep.</summary>
    public static IReadOnlySet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    public static bool SamePlaceholders(string english, string translation) =>
        Placeholders(english).SetEquals(Placeholders(translation));

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
