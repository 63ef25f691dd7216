using Humanizer;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Voice.Data.Feedback;

/// <summary>Reading council-edited JSON content: canonical bytes, a content version, and parsing.</summary>
public static class ContentJson
{
    /// <summary>
    /// The bytes a content version is computed from: UTF-8 without a byte order mark, with line
    /// endings as LF, so a checkout that rewrites line endings keeps the same version.
    /// </summary>
    public static byte[] Canonical(byte[] fileBytes)
    {
        ReadOnlySpan<byte> span = fileBytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var output = new List<byte>(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\r')
            {
                output.Add((byte)'\n');
                if (i + 1 < span.Length && span[i + 1] == (byte)'\n') i++;
                continue;
            }
            output.Add(span[i]);
        }
        return [.. output];
    }

    /// <summary>The first 12 hex digits (lower case) of the SHA-256 of the canonical bytes.</summary>
    public static string Version(byte[] fileBytes) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(fileBytes)))[..12];

    internal static JsonDocument Parse(string file, byte[] canonicalBytes)
    {
        try
        {
            return JsonDocument.Parse(canonicalBytes, new JsonDocumentOptions
            {
                AllowTrailingCommas = false,
                CommentHandling = JsonCommentHandling.Disallow,
            });
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } p ? p : "$";
            throw new ContentValidationException(file, where,
                $"not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message}", e);
        }
    }
}

/// <summary>A JSON value with the file and path it came from, so every problem can name both.</summary>
internal readonly partial record struct ContentNode(string File, string Path, JsonElement Element)
{
    public static ContentNode Root(string file, JsonDocument document) => new(file, "$", document.RootElement);

    public ContentValidationException Error(string problem) => new(File, Path, problem);

    public ContentValidationException Error(string property, string problem) => new(File, ChildPath(property), problem);

    public JsonValueKind Kind => Element.ValueKind;

    string ChildPath(string name) =>
        SimpleName().IsMatch(name) ? $"{Path}.{name}" : $"{Path}['{name.Replace("'", "\\'")}']";

    /// <summary>Checks this is an object and has no property outside <paramref name="allowed"/>.</summary>
    public ContentNode ExpectObject(params string[] allowed)
    {
        if (Element.ValueKind != JsonValueKind.Object) throw Error($"must be an object, not {Describe(Element.ValueKind)}");
        foreach (var p in Element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
                throw Error(p.Name, $"unknown field \"{p.Name}\" (expected one of: {string.Join(", ", allowed)})");
        }
        return this;
    }

    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    public ContentNode? Optional(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new ContentNode(File, ChildPath(name), value)
            : null;

    public ContentNode Required(string name) =>
        Optional(name) ?? throw Error(name, $"is required");

    public IEnumerable<ContentNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array) throw Error($"must be an array, not {Describe(Element.ValueKind)}");
        var i = 0;
        foreach (var item in Element.EnumerateArray()) yield return new ContentNode(File, $"{Path}[{i++}]", item);
    }

    public IEnumerable<(string Name, ContentNode Value)> Properties()
    {
        if (Element.ValueKind != JsonValueKind.Object) throw Error($"must be an object, not {Describe(Element.ValueKind)}");
        foreach (var p in Element.EnumerateObject()) yield return (p.Name, new ContentNode(File, ChildPath(p.Name), p.Value));
    }

    public string String(int maxLength = int.MaxValue, bool allowEmpty = false)
    {
        if (Element.ValueKind != JsonValueKind.String) throw Error($"must be a string, not {Describe(Element.ValueKind)}");
        var s = Element.GetString()!;
        if (!allowEmpty && string.IsNullOrWhiteSpace(s)) throw Error("must not be empty");
        if (s.Length > maxLength) throw Error($"must be {maxLength} characters or fewer (it is {s.Length})");
        return s;
    }

    public string Id()
    {
        var s = String(100);
        if (!IdPattern().IsMatch(s)) throw Error($"\"{s}\" must be lower-case letters, digits and single hyphens, like \"where-i-live\"");
        return s;
    }

    public int Int(int min, int max)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var n))
            throw Error($"must be a whole number, not {Describe(Element.ValueKind)}");
        if (n < min || n > max) throw Error($"must be between {min} and {max} (it is {n})");
        return n;
    }

    public bool Bool()
    {
        return Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"must be true or false, not {Describe(Element.ValueKind)}"),
        };
    }

    public IReadOnlyList<string> Strings(int maxLength = int.MaxValue, int minCount = 0)
    {
        var list = Items().Select(i => i.String(maxLength)).ToList();
        if (list.Count < minCount) throw Error($"must have at least {"item".ToQuantity(minCount)}");
        return list;
    }

    static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
