using Voice.Bench.Safeguarding;
using Voice.Data.Feedback.Safeguarding;

// Usage: safeguarding-bench REPO_ROOT cv [EXAMPLES.csv|- [METHOD]] | evaluate FILE... | feedback | lexicon | latency [ANSWERS]
var root = args[0];
var themes = Path.Combine(root, "content", "themes");
var tuned = Sets.Regression(root);
switch (args[1])
{
    case "cv":
        // cv [EXAMPLES.csv [METHOD]]: another examples file (to compare a change), only some methods.
        CrossValidate.Run(themes, tuned, args.Length > 2 && args[2] != "-" ? args[2] : null, args.Length > 3 ? args[3] : null);
        break;
    case "evaluate":
        Evaluate.Shipped(themes, args.Length > 2 ? [.. args[2..].SelectMany(f => LabelledText.LoadCsv(f).Select(l => (Path.GetFileName(f), l)))] : tuned);
        break;
    case "feedback":
        // Ordinary feedback in the service's own words (the themes engine's held-out comments not tagged safety), never trained on.
        Evaluate.Shipped(themes, [.. Sets.OrdinaryFeedback(Path.Combine(themes, "examples-heldout.csv")).Select(t => ("examples-heldout (not safety)", t))]);
        break;
    case "lexicon":
        // The lexicon alone on the tuned sets and the examples, one line each (diff two runs to see what a rule change moves).
        var lexicon = SafeguardingScreen.Load(Path.Combine(themes, "safeguarding.json"));
        foreach (var (set, item) in tuned.Concat(LabelledText.LoadCsv(Path.Combine(themes, "safeguarding-examples.csv")).Select(e => ("examples", e))))
        {
            var r = lexicon.ScreenLexicon(item.Text);
            Console.WriteLine($"{(item.Disclosure ? "flag" : "ok")}\t{r.Tier ?? 0}\t{string.Join(",", r.Matches.Select(m => m.RuleId).Distinct())}\t{set}\t{item.Text}");
        }
        break;
    case "latency":
        Latency.Run(themes, tuned, args.Length > 2 ? int.Parse(args[2]) : 200);
        break;
    default:
        Console.Error.WriteLine("Usage: safeguarding-bench REPO_ROOT cv [EXAMPLES.csv|- [METHOD]] | evaluate [FILE.csv...] | feedback | latency [LONG_ANSWERS]");
        return 2;
}
return 0;

static class Sets
{
    /// <summary>Comments from a themes examples file whose safety column is 0, as ordinary ("ok") text.</summary>
    public static IEnumerable<LabelledText> OrdinaryFeedback(string file)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(file) { Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        var header = parser.ReadFields()!;
        var (text, safety) = (Array.IndexOf(header, "text"), Array.IndexOf(header, "safety"));
        var list = new List<LabelledText>();
        while (parser.ReadFields() is { } row)
            if (row[safety] == "0") list.Add(new LabelledText(false, "other", row[text]));
        return list;
    }

    public static List<(string, LabelledText)> Regression(string root)
    {
        var list = new List<(string, LabelledText)>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "Voice.Tests", "Feedback", "Safeguarding"), "*.tsv").Order())
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var p = line.Split('\t');
                list.Add((Path.GetFileName(file), new LabelledText(p[0] == "flag", "", p[1])));
            }
        // Fresh sets join only after their first run is recorded in content/themes/README.md.
        foreach (var name in new[] { "safeguarding-fresh-2026-11-26", "safeguarding-fresh-2026-11-26b", "safeguarding-fresh-2026-11-26c", "safeguarding-fresh-2026-11-26d", "safeguarding-fresh-2026-11-26e", "safeguarding-fresh-2026-11-26f", "safeguarding-fresh-2026-11-26g", "safeguarding-fresh-2026-11-26h", "safeguarding-fresh-2026-11-26i", "safeguarding-fresh-2026-11-26j" })
            list.AddRange(LabelledText.LoadCsv(Path.Combine(root, "content", "themes", name + ".csv")).Select(l => (name, l)));
        return list;
    }
}
