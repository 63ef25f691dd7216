using System.Text.Json;
using Voice.Data.Analytics.Themes;

namespace Voice.Data.Analytics;

/// <summary>The tagger's reasons, stored with each comment as JSON and read back for the theme page.</summary>
public static class ThemeWhy
{
    public static string Write(IReadOnlyList<ThemeEvidence> why)
    {
        var json = JsonSerializer.Serialize(why);
        // Keep within the column: drop the nearest examples first if the reasons are long.
        return json.Length <= 4000 ? json : JsonSerializer.Serialize(why.Select(w => w with { NearestExample = null }));
    }

    public static IReadOnlyList<ThemeEvidence> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try { return JsonSerializer.Deserialize<List<ThemeEvidence>>(json) ?? []; }
        catch (JsonException) { return []; }
    }
}
