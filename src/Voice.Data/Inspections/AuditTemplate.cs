using Voice.Data.Feedback;

namespace Voice.Data.Inspections;

public sealed record TemplateCriterion(string Id, string Text, string? Hint);

/// <summary>An audit template from content/audits (schema in the README there).</summary>
public sealed record AuditTemplate(
    string Id,
    string File,
    string Version,
    string Title,
    string Summary,
    string ForYoungPeople,
    string ItemLabel,
    IReadOnlyList<string> SuggestedItems,
    bool OwnPlanOnly,
    bool AggregateOnly,
    string Topic,
    string Consent,
    string ScaleName,
    int PassMark,
    IReadOnlyList<ScalePoint> Scale,
    IReadOnlyList<TemplateCriterion> Criteria);

/// <summary>Every audit template, loaded and checked at start-up.</summary>
public sealed class AuditTemplateCatalog(IReadOnlyList<AuditTemplate> templates)
{
    readonly Dictionary<string, AuditTemplate> byId = templates.ToDictionary(t => t.Id);

    public IReadOnlyList<AuditTemplate> All { get; } = templates;

    public AuditTemplate? Find(string? id) => id is not null && byId.TryGetValue(id, out var t) ? t : null;
}

/// <summary>
/// Reads content/audits/*.json. A problem throws <see cref="ContentValidationException"/> naming
/// the file and the JSON path of the field, so the participation officer who edited it can fix it.
/// </summary>
public static class AuditTemplateLoader
{
    static readonly string[] Fields =
        ["id", "title", "summary", "forYoungPeople", "itemLabel", "suggestedItems", "ownPlanOnly", "aggregateOnly", "topic", "consent", "scale", "criteria"];

    public static AuditTemplateCatalog LoadDirectory(string directory, InspectionTopics topics)
    {
        if (!Directory.Exists(directory)) throw new ContentValidationException(directory, "$", "the audit templates folder does not exist");
        var list = new List<AuditTemplate>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var template = Load(Path.GetFileName(path), File.ReadAllBytes(path), topics);
            if (list.FirstOrDefault(t => t.Id == template.Id) is { } other)
                throw new ContentValidationException(template.File, "$.id", $"\"{template.Id}\" is already the id of {other.File}");
            list.Add(template);
        }
        if (list.Count == 0) throw new ContentValidationException(directory, "$", "there are no audit templates (*.json)");
        return new AuditTemplateCatalog(list);
    }

    public static AuditTemplate Load(string file, byte[] bytes, InspectionTopics topics)
    {
        var canonical = ContentJson.Canonical(bytes);
        using var doc = ContentJson.Parse(file, canonical);
        var root = ContentNode.Root(file, doc).ExpectObject(Fields);
        var id = root.Required("id").Id();
        var topic = root.Required("topic").Id();
        if (!topics.Exists(topic))
            throw root.Error("topic", $"\"{topic}\" is not a topic (expected one of: {string.Join(", ", topics.All.Select(t => t.Id))})");

        var scaleNode = root.Required("scale").ExpectObject("name", "passMark", "points");
        var points = scaleNode.Required("points").Items().Select(p =>
        {
            var point = p.ExpectObject("value", "label");
            var label = point.Required("label").String(60);
            if (label.Contains('|') || label.Contains('=')) throw point.Error("label", "must not contain | or =");
            return new ScalePoint(point.Required("value").Int(1, 10), label);
        }).ToList();
        if (points.Count is < 2 or > 10) throw scaleNode.Error("points", $"must have between 2 and 10 points (it has {points.Count})");
        if (points.Select(p => p.Value).Distinct().Count() != points.Count) throw scaleNode.Error("points", "two points have the same value");
        var passMark = scaleNode.Required("passMark").Int(1, 10);
        if (!points.Any(p => p.Value == passMark)) throw scaleNode.Error("passMark", $"{passMark} is not the value of a point on the scale");

        var criteria = root.Required("criteria").Items().Select(c =>
        {
            var node = c.ExpectObject("id", "text", "hint");
            return new TemplateCriterion(node.Required("id").Id(), node.Required("text").String(300), node.Optional("hint")?.String(500));
        }).ToList();
        if (criteria.Count == 0) throw root.Error("criteria", "must have at least one criterion");
        var twice = criteria.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw root.Error("criteria", $"the id \"{twice.Key}\" is used twice");

        return new AuditTemplate(
            id, file, ContentJson.Version(bytes),
            root.Required("title").String(120),
            root.Required("summary").String(1000),
            root.Required("forYoungPeople").String(1000),
            root.Required("itemLabel").String(100),
            root.Optional("suggestedItems")?.Strings(200) ?? [],
            root.Optional("ownPlanOnly")?.Bool() ?? false,
            root.Optional("aggregateOnly")?.Bool() ?? false,
            topic,
            root.Required("consent").String(2000),
            scaleNode.Required("name").String(60),
            passMark,
            points.OrderBy(p => p.Value).ToList(),
            criteria);
    }
}
