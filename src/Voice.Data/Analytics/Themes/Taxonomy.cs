namespace Voice.Data.Analytics.Themes;

/// <summary>One theme: its id (used in files, exports and the API), name, plain definition,
/// example comments and the phrases that are evidence for it.</summary>
public sealed record Theme(
    string Id,
    string Name,
    string Definition,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Phrases);

/// <summary>
/// A versioned set of themes. <see cref="Version"/> is what taggings record: the file's
/// explicit version plus the content hash, so any edit (in the file or in the app) is a new one.
/// </summary>
public sealed record Taxonomy(string Version, IReadOnlyList<Theme> Themes)
{
    public IEnumerable<string> Ids => Themes.Select(t => t.Id);

    public Theme? Find(string id) => Themes.FirstOrDefault(t => t.Id == id);

    /// <summary>A taxonomy that is only ids (for example from a CSV header): names are the ids.</summary>
    public static Taxonomy FromIds(IEnumerable<string> ids, string version = "csv") =>
        new(version, ids.Select(id => new Theme(id, id, "", [], [])).ToList());
}
