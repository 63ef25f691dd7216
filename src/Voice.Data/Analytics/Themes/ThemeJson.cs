using System.Text.Json;

namespace Voice.Data.Analytics.Themes;

/// <summary>A tagging as one line of JSON: <c>{"themes":[…],"tone":"negative","why":{"home":{…}}}</c>.</summary>
public static class ThemeJson
{
    static readonly JsonSerializerOptions options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(ThemeTagging tagging) => JsonSerializer.Serialize(new
    {
        themes = tagging.Themes,
        tone = tagging.Tone.ToString().ToLowerInvariant(),
        why = tagging.Why.ToDictionary(w => w.ThemeId, w => new { score = w.Score, phrase = w.Phrase, example = w.NearestExample, similarity = w.Similarity }),
        taxonomy = tagging.TaxonomyVersion,
    }, options);
}
