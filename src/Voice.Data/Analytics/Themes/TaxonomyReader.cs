using System.Text;
using System.Text.Json;
using Voice.Data.Feedback;

namespace Voice.Data.Analytics.Themes;

/// <summary>
/// Reads and checks <c>content/themes/taxonomy.json</c> (or a version QA saved in the app).
/// Every problem throws a <see cref="ContentValidationException"/> naming the file and field.
/// </summary>
public static class TaxonomyReader
{
    public const string FileName = "taxonomy.json";

    public static Taxonomy Load(string contentRoot)
    {
        var path = Path.Combine(contentRoot, "themes", FileName);
        if (!File.Exists(path)) throw new ContentValidationException(FileName, "$", $"the file is missing (looked in {Path.GetDirectoryName(path)})");
        return Read(FileName, File.ReadAllBytes(path));
    }

    public static Taxonomy Read(string file, string json) => Read(file, Encoding.UTF8.GetBytes(json));

    public static Taxonomy Read(string file, byte[] bytes)
    {
        var canonical = ContentJson.Canonical(bytes);
        using var document = ContentJson.Parse(file, canonical);
        var root = ContentNode.Root(file, document).ExpectObject("version", "themes");
        var version = root.Required("version").String(40);
        var themes = new List<Theme>();
        var seen = new HashSet<string>();
        foreach (var node in root.Required("themes").Items())
        {
            node.ExpectObject("id", "name", "definition", "examples", "phrases");
            var idNode = node.Required("id");
            var id = idNode.Id();
            if (!seen.Add(id)) throw idNode.Error($"\"{id}\" is used by more than one theme");
            var phrases = node.Optional("phrases")?.Strings(100) ?? [];
            foreach (var (phrase, i) in phrases.Select((p, i) => (p, i)))
                if (phrases.Take(i).Contains(phrase, StringComparer.OrdinalIgnoreCase))
                    throw node.Required("phrases").Error($"\"{phrase}\" is listed twice");
            themes.Add(new Theme(
                id,
                node.Required("name").String(100),
                node.Required("definition").String(500),
                node.Optional("examples")?.Strings(1000) ?? [],
                phrases));
        }
        if (themes.Count == 0) throw root.Required("themes").Error("must have at least one theme");
        return new Taxonomy($"{version}-{ContentJson.Version(bytes)}", themes);
    }

    /// <summary>The JSON for a taxonomy, as saved when QA edits it in the app.</summary>
    public static string Write(string version, IEnumerable<Theme> themes) =>
        JsonSerializer.Serialize(new
        {
            version,
            themes = themes.Select(t => new { id = t.Id, name = t.Name, definition = t.Definition, examples = t.Examples, phrases = t.Phrases }),
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
