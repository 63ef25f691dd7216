using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Voice.Data.CareLeavers;

/// <summary>
/// Reads content/local-offer: topics.yml and {topic}/{slug}.md with its {slug}.easy-read.md twin.
/// Front matter is checked key by key; errors name the file and the field. Errors stop
/// start-up (<see cref="LoadOrThrow"/>); warnings (missing twins, order gaps, broken links)
/// are kept on the result for the content upkeep page and the log.
/// </summary>
public static partial class LocalOfferLoader
{
    public const string TopicsFile = "topics.yml";
    const string EasyReadSuffix = ".easy-read";
    const string EasyReadTitleSuffix = " (easy read)";

    static readonly string[] Keys = ["title", "summary", "topic", "order", "ages", "offer", "owner", "last_reviewed"];
    static readonly string[] StandardSections = ["What the law says", "What Northfield chooses to do", "How to ask for it"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex SlugPattern();
    [GeneratedRegex(@"^(\d{1,2})-(\d{1,2})$")] private static partial Regex AgesPattern();

    /// <summary>Loads the folder and throws <see cref="LocalOfferException"/> if anything is an error.</summary>
    public static LocalOffer LoadOrThrow(string folder)
    {
        var offer = Load(folder);
        var errors = offer.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0) throw new LocalOfferException(errors);
        return offer;
    }

    public static LocalOffer Load(string folder)
    {
        var problems = new List<ContentProblem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new(ProblemSeverity.Error, folder, null, "The local offer folder does not exist"));
            return new LocalOffer([], [], problems);
        }
        var topics = LoadTopics(folder, problems);
        var pages = new List<OfferPage>();
        // Standard pages that exist, even if their front matter is wrong (so twins are not blamed for it).
        var standardFiles = new HashSet<(string, string)>();
        var translationFiles = new List<(string Relative, string Topic, string Text)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length == 1) continue; // README.md and other notes for editors
            if (parts.Length != 2)
            {
                problems.Add(new(ProblemSeverity.Error, relative, null, "Pages must be directly inside a topic folder: {topic}/{slug}.md"));
                continue;
            }
            var fileName = Path.GetFileNameWithoutExtension(relative);
            if (IsTranslationFile(fileName))
            {
                translationFiles.Add((relative, parts[0], File.ReadAllText(file)));
                continue;
            }
            if (!fileName.EndsWith(EasyReadSuffix, StringComparison.Ordinal)) standardFiles.Add((parts[0], fileName));
            var page = LoadPage(relative, parts[0], File.ReadAllText(file), topics, problems);
            if (page is not null) pages.Add(page);
        }
        CheckTogether(topics, pages, standardFiles, problems);
        var translations = LoadTranslations(translationFiles, pages, problems);
        var offer = new LocalOffer(topics, pages, problems, translations);
        foreach (var (file, links) in offer.Pages.Select(p => (p.File, p.InternalLinks)).Concat(translations.Select(t => (t.File, t.InternalLinks))))
            foreach (var link in links.Where(l => !offer.LinkExists(l)))
                problems.Add(new(ProblemSeverity.Warning, file, null, $"The link to {link} does not lead to a page"));
        return offer;
    }

    static List<OfferTopic> LoadTopics(string folder, List<ContentProblem> problems)
    {
        var path = Path.Combine(folder, TopicsFile);
        var topics = new List<OfferTopic>();
        if (!File.Exists(path))
        {
            problems.Add(new(ProblemSeverity.Error, TopicsFile, null, "The topics file is missing"));
            return topics;
        }
        YamlNode root;
        try { root = ParseYaml(File.ReadAllText(path)); }
        catch (YamlException e)
        {
            problems.Add(new(ProblemSeverity.Error, TopicsFile, null, $"Not valid YAML at line {e.Start.Line}: {e.Message}"));
            return topics;
        }
        if (root is not YamlSequenceNode list)
        {
            problems.Add(new(ProblemSeverity.Error, TopicsFile, null, "Must be a list of topics"));
            return topics;
        }
        var index = 0;
        foreach (var node in list)
        {
            index++;
            var where = $"topic {index}";
            if (node is not YamlMappingNode map)
            {
                problems.Add(new(ProblemSeverity.Error, TopicsFile, where, "Must have slug, title, summary and order"));
                continue;
            }
            var fields = new FieldReader(TopicsFile, map, problems, where + ": ");
            fields.Unknown(["slug", "title", "summary", "order"]);
            var slug = fields.Text("slug");
            if (slug is not null && !SlugPattern().IsMatch(slug))
                problems.Add(new(ProblemSeverity.Error, TopicsFile, where + ": slug", $"\"{slug}\" must be lower case words joined by hyphens"));
            var title = fields.Text("title");
            var summary = fields.Text("summary");
            var order = fields.Number("order");
            if (slug is not null && title is not null && summary is not null && order is not null)
            {
                if (topics.Any(t => t.Slug == slug))
                    problems.Add(new(ProblemSeverity.Error, TopicsFile, where + ": slug", $"\"{slug}\" is listed twice"));
                else
                    topics.Add(new OfferTopic(slug, title, summary, order.Value));
            }
        }
        CheckOrder(topics.Select(t => t.Order), TopicsFile, "order", "topics", problems);
        foreach (var t in topics.Where(t => !Directory.Exists(Path.Combine(folder, t.Slug))))
            problems.Add(new(ProblemSeverity.Error, TopicsFile, "slug", $"The topic \"{t.Slug}\" has no folder"));
        return topics;
    }

    static OfferPage? LoadPage(string relative, string folderTopic, string text, IReadOnlyList<OfferTopic> topics, List<ContentProblem> problems)
    {
        var name = Path.GetFileNameWithoutExtension(relative);
        var easyRead = name.EndsWith(EasyReadSuffix, StringComparison.Ordinal);
        var slug = easyRead ? name[..^EasyReadSuffix.Length] : name;
        var errorsBefore = problems.Count(p => p.Severity == ProblemSeverity.Error);
        void Error(string? field, string message) => problems.Add(new(ProblemSeverity.Error, relative, field, message));

        if (!SlugPattern().IsMatch(slug)) Error(null, $"The file name \"{slug}\" must be lower case words joined by hyphens");
        if (topics.Count > 0 && topics.All(t => t.Slug != folderTopic)) Error(null, $"The folder \"{folderTopic}\" is not a topic in {TopicsFile}");

        if (FrontMatterOf(relative, text, problems) is not var (map, body)) return null;

        var fields = new FieldReader(relative, map, problems);
        fields.Unknown(Keys);
        var title = fields.Text("title");
        if (title is not null && easyRead && !title.EndsWith(EasyReadTitleSuffix, StringComparison.Ordinal))
            Error("title", $"An easy-read title must end with \"{EasyReadTitleSuffix}\"");
        if (title is not null && !easyRead && title.EndsWith(EasyReadTitleSuffix, StringComparison.Ordinal))
            Error("title", $"Only easy-read titles end with \"{EasyReadTitleSuffix}\"; name the file {slug}{EasyReadSuffix}.md");
        var summary = fields.Text("summary");
        var topic = fields.Text("topic");
        if (topic is not null && topic != folderTopic) Error("topic", $"\"{topic}\" must match the folder the page is in, \"{folderTopic}\"");
        var order = fields.Number("order");
        if (order is < 1) Error("order", "Must be 1 or more");
        var (minAge, maxAge) = fields.Ages("ages");
        var offer = fields.Offer("offer");
        var owner = fields.Text("owner");
        var lastReviewed = fields.Date("last_reviewed");

        if (problems.Count(p => p.Severity == ProblemSeverity.Error) > errorsBefore) return null;

        var rendered = LocalOfferMarkdown.Render(body);
        var page = new OfferPage
        {
            Topic = folderTopic,
            Slug = slug,
            IsEasyRead = easyRead,
            File = relative,
            Meta = new FrontMatter(title!, summary!, topic!, order!.Value, minAge!.Value, maxAge!.Value, offer!, owner!, lastReviewed!.Value),
            Html = rendered.Html,
            PlainText = rendered.PlainText,
            Headings = rendered.Headings,
            InternalLinks = rendered.InternalLinks,
            Source = SourceOf(title!, summary!, offer!.Select(o => o.Item), body),
        };
        if (!easyRead)
            foreach (var section in StandardSections.Where(s => page.Headings.All(h => h.Text != s)))
                problems.Add(new(ProblemSeverity.Warning, relative, null, $"The section \"## {section}\" is missing"));
        if (page.Headings.Any(h => h.Level == 1))
            problems.Add(new(ProblemSeverity.Warning, relative, null, "Do not use a # heading: the title is the page heading"));
        return page;
    }

    /// <summary>The front matter as a YAML mapping, and the body after it; null (with an error naming the file) when it cannot be read.</summary>
    static (YamlMappingNode Map, string Body)? FrontMatterOf(string relative, string text, List<ContentProblem> problems)
    {
        void Error(string message) => problems.Add(new(ProblemSeverity.Error, relative, null, message));
        var normalised = text.Replace("\r\n", "\n");
        if (normalised.StartsWith('\uFEFF')) normalised = normalised[1..];
        var end = normalised.StartsWith("---\n", StringComparison.Ordinal) ? normalised.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            Error("The page must start with front matter between two lines of ---");
            return null;
        }
        var yaml = normalised[4..(end + 1)];
        var afterMarker = normalised.IndexOf('\n', end + 4);
        var body = afterMarker < 0 ? "" : normalised[(afterMarker + 1)..];
        YamlNode root;
        try { root = ParseYaml(yaml); }
        catch (YamlException e)
        {
            Error($"The front matter is not valid YAML at line {e.Start.Line + 1}: {e.Message}");
            return null;
        }
        if (root is not YamlMappingNode map)
        {
            Error("The front matter must be a set of keys like title: and summary:");
            return null;
        }
        return (map, body);
    }

    /// <summary>Checks between files: twins, order within a topic, topics without pages.</summary>
    static void CheckTogether(IReadOnlyList<OfferTopic> topics, IReadOnlyList<OfferPage> pages, HashSet<(string, string)> standardFiles, List<ContentProblem> problems)
    {
        var standard = pages.Where(p => !p.IsEasyRead).ToDictionary(p => (p.Topic, p.Slug));
        var easy = pages.Where(p => p.IsEasyRead).ToDictionary(p => (p.Topic, p.Slug));
        foreach (var (key, page) in standard)
        {
            if (!easy.TryGetValue(key, out var twin))
            {
                problems.Add(new(ProblemSeverity.Warning, page.File, null, $"There is no easy-read version ({key.Slug}{EasyReadSuffix}.md)"));
                continue;
            }
            void Differs(string field, object a, object b)
            {
                if (!Equals(a, b)) problems.Add(new(ProblemSeverity.Warning, twin.File, field, $"Must be the same as on the standard page ({a}), not {b}"));
            }
            Differs("order", page.Meta.Order, twin.Meta.Order);
            Differs("ages", $"{page.Meta.MinAge}-{page.Meta.MaxAge}", $"{twin.Meta.MinAge}-{twin.Meta.MaxAge}");
            Differs("owner", page.Meta.Owner, twin.Meta.Owner);
            Differs("last_reviewed", page.Meta.LastReviewed, twin.Meta.LastReviewed);
            if (!page.Meta.Offer.Select(o => o.Type).SequenceEqual(twin.Meta.Offer.Select(o => o.Type)))
                problems.Add(new(ProblemSeverity.Warning, twin.File, "offer", "Must have the same number of items as the standard page, in the same order, with the same types"));
        }
        foreach (var (key, page) in easy.Where(e => !standard.ContainsKey(e.Key) && !standardFiles.Contains(e.Key)))
            problems.Add(new(ProblemSeverity.Error, page.File, null, $"There is no standard page ({key.Slug}.md) for this easy-read page"));
        foreach (var topic in topics)
        {
            var inTopic = standard.Values.Where(p => p.Topic == topic.Slug).ToList();
            if (inTopic.Count == 0) problems.Add(new(ProblemSeverity.Warning, TopicsFile, "slug", $"The topic \"{topic.Slug}\" has no pages"));
            else CheckOrder(inTopic.Select(p => p.Meta.Order), topic.Slug + "/", "order", "pages in this topic", problems);
        }
    }

    static void CheckOrder(IEnumerable<int> orders, string file, string field, string what, List<ContentProblem> problems)
    {
        var sorted = orders.Order().ToList();
        if (!sorted.SequenceEqual(Enumerable.Range(1, sorted.Count)))
            problems.Add(new(ProblemSeverity.Warning, file, field, $"The {what} should be numbered 1, 2, 3 ... with no gaps or repeats (found {string.Join(", ", sorted)})"));
    }

    static YamlNode ParseYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
    }

    /// <summary>Reads typed fields from a YAML mapping, adding an error naming the field for each problem.</summary>
    sealed class FieldReader(string file, YamlMappingNode map, List<ContentProblem> problems, string prefix = "")
    {
        void Error(string field, string message) => problems.Add(new(ProblemSeverity.Error, file, prefix + field, message));

        public void Unknown(IReadOnlyCollection<string> allowed)
        {
            foreach (var key in map.Children.Keys)
                if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name))
                    Error(key.ToString(), $"Is not a known key. The keys are: {string.Join(", ", allowed)}");
        }

        YamlNode? Get(string key)
        {
            if (map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return node;
            Error(key, "Is missing");
            return null;
        }

        public string? Text(string key)
        {
            var node = Get(key);
            if (node is null) return null;
            if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                Error(key, "Must be some text");
                return null;
            }
            return value.Trim();
        }

        public int? Number(string key)
        {
            var text = Text(key);
            if (text is null) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            Error(key, $"\"{text}\" must be a whole number");
            return null;
        }

        public DateOnly? Date(string key)
        {
            var text = Text(key);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error(key, $"\"{text}\" must be a real date written as YYYY-MM-DD");
            return null;
        }

        public (int?, int?) Ages(string key)
        {
            var text = Text(key);
            if (text is null) return (null, null);
            var m = AgesPattern().Match(text);
            if (m.Success && int.Parse(m.Groups[1].Value) is var min && int.Parse(m.Groups[2].Value) is var max && min <= max)
                return (min, max);
            Error(key, $"\"{text}\" must be an age range like 16-25");
            return (null, null);
        }

        public IReadOnlyList<OfferItem>? Offer(string key)
        {
            var node = Get(key);
            if (node is null) return null;
            if (node is not YamlSequenceNode list || list.Children.Count == 0)
            {
                Error(key, "Must be a list of items, each with item: and type:");
                return null;
            }
            var items = new List<OfferItem>();
            var n = 0;
            foreach (var child in list)
            {
                n++;
                var field = $"{key}[{n}]";
                if (child is not YamlMappingNode entry)
                {
                    Error(field, "Must have item: and type:");
                    continue;
                }
                var reader = new FieldReader(file, entry, problems, prefix + field + ".");
                reader.Unknown(["item", "type"]);
                var item = reader.Text("item");
                var type = reader.Text("type");
                OfferType? parsed = type switch { "must" => OfferType.Must, "choose" => OfferType.Choose, _ => null };
                if (type is not null && parsed is null) Error(field + ".type", $"\"{type}\" must be must or choose");
                if (item is not null && parsed is not null) items.Add(new OfferItem(item, parsed.Value));
            }
            return items.Count == list.Children.Count ? items : null;
        }
    }
}
