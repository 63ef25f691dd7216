namespace Voice.Data.Inspections;

/// <summary>
/// Topics for audits and "You said, we did": the starter feedback taxonomy's theme ids and names
/// (PRODUCT.md), so a filter by topic means the same here as in the QA area.
/// </summary>
public static class InspectionTopics
{
    public sealed record Topic(string Id, string Name);

    public static readonly IReadOnlyList<Topic> All =
    [
        new("family-contact", "Seeing family and friends"),
        new("home", "Where I live"),
        new("social-worker", "My social worker"),
        new("being-heard", "Having a say"),
        new("reviews-meetings", "Reviews and meetings"),
        new("education", "School and college"),
        new("health-wellbeing", "Health and feelings"),
        new("safety", "Feeling safe"),
        new("money", "Money"),
        new("housing-leaving-care", "Leaving care and housing"),
        new("communication", "Being told things"),
        new("identity", "Who I am"),
        new("activities", "Hobbies and fun"),
        new("complaints", "Complaints"),
    ];

    public static bool Exists(string? id) => All.Any(t => t.Id == id);

    public static string Name(string id) => All.FirstOrDefault(t => t.Id == id)?.Name ?? id;
}
