using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Embeddings;

namespace Voice.Tests.Feedback.Safeguarding;

/// <summary>The shipped screen with both signals, trained once for the whole test run (the model loads once per process).</summary>
public static class SafeguardingScreen2
{
    public static readonly string Themes = Path.Combine(TestPaths.Content, "themes");

    static readonly Lazy<SafeguardingScreen> screen = new(() => SafeguardingScreen.Load(
        Path.Combine(Themes, "safeguarding.json"),
        LabelledText.LoadCsv(Path.Combine(Themes, "safeguarding-examples.csv")), texts => SentenceEncoder.Shared.Encode(texts), SentenceEncoder.ModelName));

    public static SafeguardingScreen Screen => screen.Value;

    /// <summary>Regression sets: the older .tsv sets and every fresh .csv set already used for tuning.</summary>
    public static readonly string[] TunedFreshSets = ["safeguarding-fresh-2026-11-26.csv", "safeguarding-fresh-2026-11-26b.csv", "safeguarding-fresh-2026-11-26c.csv", "safeguarding-fresh-2026-11-26d.csv", "safeguarding-fresh-2026-11-26e.csv", "safeguarding-fresh-2026-11-26f.csv", "safeguarding-fresh-2026-11-26g.csv", "safeguarding-fresh-2026-11-26h.csv", "safeguarding-fresh-2026-11-26i.csv", "safeguarding-fresh-2026-11-26j.csv"];

    public static IReadOnlyList<(string Set, LabelledText Item)> RegressionSets()
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "Voice.Tests", "Feedback", "Safeguarding");
        var list = new List<(string, LabelledText)>();
        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var parts = line.Split('\t');
                list.Add((Path.GetFileName(file), new LabelledText(parts[0] == "flag", "", parts[1])));
            }
        foreach (var name in TunedFreshSets)
            list.AddRange(LabelledText.LoadCsv(Path.Combine(Themes, name)).Select(l => (name, l)));
        return list;
    }
}
