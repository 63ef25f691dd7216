namespace Voice.Data.Analytics.Themes;

/// <summary>Tags one comment with its themes and tone. Implementations are thread-safe.</summary>
public interface IThemeTagger
{
    ThemeTagging Tag(string text);
}

/// <summary>
/// What a comment is about (theme ids from the taxonomy, most confident first), its tone, why
/// each theme was given, and the taxonomy version the ids come from.
/// </summary>
public sealed record ThemeTagging(IReadOnlyList<string> Themes, Tone Tone, IReadOnlyList<ThemeEvidence> Why, string TaxonomyVersion);

public enum Tone { Positive, Negative, Neutral }

/// <summary>
/// Why a theme was given: its score (0–1, compared with the theme's tuned threshold), the
/// taxonomy phrase found in the text if any, and the nearest labelled example comment with its
/// cosine similarity.
/// </summary>
public sealed record ThemeEvidence(string ThemeId, double Score, string? Phrase, string? NearestExample, double? Similarity);
