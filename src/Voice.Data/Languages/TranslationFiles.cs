using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Voice.Data.Feedback;

namespace Voice.Data.Languages;

/// <summary>
/// Reads and writes <c>content/translations/</c>: <c>en/&lt;file&gt;.json</c> holds key → English;
/// <c>&lt;lang&gt;/&lt;file&gt;.json</c> holds key → { text, status, source, reviewedBy, reviewedOn }.
/// A mistake throws <see cref="ContentValidationException"/> naming the file and the key.
/// </summary>
public static class TranslationFiles
{
    public const int TextMax = 4000;
    public const int ReviewerMax = 100;

    internal static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static TranslationCatalog Load(string directory)
    {
        var english = new Dictionary<string, string>();
        var fileOfKey = new Dictionary<string, string>();
        var englishFolder = Path.Combine(directory, Language.EnglishCode);
        if (!Directory.Exists(englishFolder)) throw new ContentValidationException("translations/en", "$", "the English texts folder is missing");
        foreach (var path in Directory.GetFiles(englishFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            var shown = $"translations/en/{file}.json";
            foreach (var (key, value) in ReadObject(path, shown))
            {
                if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
                    throw new ContentValidationException(shown, $"$.{key}", "must be the English text");
                if (text.Length > TextMax) throw new ContentValidationException(shown, $"$.{key}", $"must be {TextMax} characters or fewer");
                if (!english.TryAdd(key, text))
                    throw new ContentValidationException(shown, $"$.{key}", $"the key is also in translations/en/{fileOfKey[key]}.json");
                fileOfKey[key] = file;
            }
        }

        var translations = new Dictionary<string, IReadOnlyDictionary<string, Translation>>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(folder);
            if (code == Language.EnglishCode) continue;
            if (Language.Find(code) is null || code != code.ToLowerInvariant())
                throw new ContentValidationException($"translations/{code}", "$", $"\"{code}\" is not a supported language ({string.Join(", ", Language.All.Select(l => l.Code))})");
            var entries = new Dictionary<string, Translation>();
            foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var shown = $"translations/{code}/{Path.GetFileName(path)}";
                foreach (var (key, value) in ReadObject(path, shown))
                {
                    if (!english.TryGetValue(key, out var source))
                        throw new ContentValidationException(shown, $"$.{key}", "there is no English text with this key");
                    entries[key] = ReadEntry(value, shown, key, source);
                }
            }
            translations[code] = entries;
        }
        return new TranslationCatalog(english, translations, fileOfKey);
    }

    static Translation ReadEntry(JsonNode? node, string shown, string key, string english)
    {
        var at = $"$.{key}";
        if (node is not JsonObject o) throw new ContentValidationException(shown, at, "must be an object with text, status and source");
        foreach (var (name, _) in o)
            if (name is not ("text" or "status" or "source" or "reviewedBy" or "reviewedOn"))
                throw new ContentValidationException(shown, $"{at}.{name}", "is not a field of a translation (text, status, source, reviewedBy, reviewedOn)");
        var text = String(o, "text", shown, at) ?? throw new ContentValidationException(shown, $"{at}.text", "is required");
        if (text.Length > TextMax) throw new ContentValidationException(shown, $"{at}.text", $"must be {TextMax} characters or fewer");
        if (!TranslationText.SamePlaceholders(english, text))
            throw new ContentValidationException(shown, $"{at}.text", $"must keep the English's places to fill in ({string.Join(" ", TranslationText.Placeholders(english))})");
        var status = String(o, "status", shown, at) switch
        {
            "draft" => TranslationStatus.Draft,
            "reviewed" => TranslationStatus.Reviewed,
            _ => throw new ContentValidationException(shown, $"{at}.status", "must be \"draft\" or \"reviewed\""),
        };
        var hash = String(o, "source", shown, at);
        if (hash is null || hash.Length != 12 || !hash.All(char.IsAsciiHexDigitLower))
            throw new ContentValidationException(shown, $"{at}.source", "must be the 12-character fingerprint of the English it was translated from");
        var by = String(o, "reviewedBy", shown, at);
        DateOnly? on = null;
        if (String(o, "reviewedOn", shown, at) is { } date)
            on = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new ContentValidationException(shown, $"{at}.reviewedOn", "must be a date like 2026-11-26");
        if (status == TranslationStatus.Reviewed && (string.IsNullOrWhiteSpace(by) || on is null))
            throw new ContentValidationException(shown, at, "a reviewed translation must say who reviewed it (reviewedBy) and when (reviewedOn)");
        if (by?.Length > ReviewerMax) throw new ContentValidationException(shown, $"{at}.reviewedBy", $"must be {ReviewerMax} characters or fewer");
        return new Translation(text, status, hash, by, on);
    }

    static string? String(JsonObject o, string name, string shown, string at) =>
        o[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => throw new ContentValidationException(shown, $"{at}.{name}", "must be text"),
        };

    static IEnumerable<(string Key, JsonNode? Value)> ReadObject(string path, string shown)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new ContentValidationException(shown, "$", "is not valid JSON: " + e.Message, e); }
        if (root is not JsonObject o) throw new ContentValidationException(shown, "$", "must be an object of key → text");
        return o.Select(p => (p.Key, p.Value)).ToList();
    }

    /// <summary>
    /// Writes the files of one language that <paramref name="keys"/> live in, from the catalog.
    /// Each file is written beside itself and then moved over the old one.
    /// </summary>
    public static void Write(string directory, TranslationCatalog catalog, string language, IEnumerable<string> keys)
    {
        var folder = Path.Combine(directory, language);
        Directory.CreateDirectory(folder);
        var translations = catalog.TranslationsOf(language);
        foreach (var file in keys.Select(k => catalog.FileOfKey[k]).Distinct())
        {
            var o = new JsonObject();
            foreach (var key in catalog.English.Keys.Where(k => catalog.FileOfKey[k] == file))
            {
                if (!translations.TryGetValue(key, out var t)) continue;
                var entry = new JsonObject { ["text"] = t.Text, ["status"] = t.Status == TranslationStatus.Reviewed ? "reviewed" : "draft", ["source"] = t.SourceHash };
                if (t.ReviewedBy is not null) entry["reviewedBy"] = t.ReviewedBy;
                if (t.ReviewedOn is { } on) entry["reviewedOn"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                o[key] = entry;
            }
            WriteBeside(Path.Combine(folder, file + ".json"), o.ToJsonString(Pretty) + "\n");
        }
    }

    /// <summary>Writes a content file beside itself and moves it over the old one, so a reader never sees half a file.</summary>
    internal static void WriteBeside(string path, string text)
    {
        var temp = path + ".importing";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
