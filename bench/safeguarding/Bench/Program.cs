using Voice.Bench.Safeguarding;
using Voice.Data.Feedback.Safeguarding;

// Usage: safeguarding-bench REPO_ROOT explore | evaluate FILE... | latency [ANSWERS]
var root = args[0];
var themes = Path.Combine(root, "content", "themes");
var tuned = Sets.Regression(root);
switch (args[1])
{
    case "explore":
        Explore.Run(themes, tuned);
        break;
    case "evaluate":
        Explore.Shipped(themes, args.Length > 2 ? [.. args[2..].SelectMany(f => LabelledText.LoadCsv(f).Select(l => (Path.GetFileName(f), l)))] : tuned);
        break;
    case "latency":
        Latency.Run(themes, tuned, args.Length > 2 ? int.Parse(args[2]) : 200);
        break;
    default:
        Console.Error.WriteLine("Usage: safeguarding-bench REPO_ROOT explore | evaluate [FILE.csv...] | latency [LONG_ANSWERS]");
        return 2;
}
return 0;

static class Sets
{
    public static List<(string, LabelledText)> Regression(string root)
    {
        var list = new List<(string, LabelledText)>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "Voice.Tests", "Feedback", "Safeguarding"), "*.tsv").Order())
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var p = line.Split('\t');
                list.Add((Path.GetFileName(file), new LabelledText(p[0] == "flag", "", p[1])));
            }
        list.AddRange(LabelledText.LoadCsv(Path.Combine(root, "content", "themes", "safeguarding-fresh-2026-11-26.csv")).Select(l => ("fresh-2026-11-26", l)));
        return list;
    }
}
