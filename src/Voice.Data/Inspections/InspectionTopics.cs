using Voice.Data.Analytics.Themes;

namespace Voice.Data.Inspections;

/// <summary>
/// Topics for audits and "You said, we did": the themes of the feedback taxonomy
/// (content/themes/taxonomy.json), so there is one list and a filter by topic means the same here
/// as in the QA area. A theme added to the taxonomy is a topic too.
/// </summary>
public sealed class InspectionTopics(Taxonomy taxonomy)
{
    public sealed record Topic(string Id, string Name);

    public IReadOnlyList<Topic> All { get; } = taxonomy.Themes.Select(t => new Topic(t.Id, t.Name)).ToList();

    public bool Exists(string? id) => All.Any(t => t.Id == id);

    /// <summary>The topic's name; an id no longer in the taxonomy is shown as it is.</summary>
    public string Name(string id) => All.FirstOrDefault(t => t.Id == id)?.Name ?? id;
}
