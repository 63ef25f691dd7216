using Voice.Data.Feedback.Safeguarding;
using Xunit.Abstractions;

namespace Voice.Tests.Feedback.Safeguarding;

/// <summary>
/// Recall and false-positive rate of the shipped lexicon on the labelled sets in this folder.
/// The first-run figures of the sets written after the rules are recorded in content/themes/README.md.
/// </summary>
public class SafeguardingLabelledSetTests(ITestOutputHelper output)
{
    static readonly SafeguardingScreen Screen = SafeguardingScreen.Load(Path.Combine(TestPaths.Content, "themes", "safeguarding.json"));
    static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "Voice.Tests", "Feedback", "Safeguarding");

    public record Labelled(string File, bool ShouldFlag, string Text);

    static List<Labelled> Read(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => p[0] switch
            {
                "flag" => new Labelled(Path.GetFileName(path), true, p[1]),
                "ok" => new Labelled(Path.GetFileName(path), false, p[1]),
                _ => throw new InvalidDataException($"{path}: label must be flag or ok, not \"{p[0]}\""),
            })];

    static List<Labelled> All() => [.. Directory.GetFiles(Folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal).SelectMany(Read)];

    [Fact]
    public void MainSet_HasAtLeastSixtyOfEach()
    {
        var main = Read(Path.Combine(Folder, "safeguarding-labelled.tsv"));
        Assert.True(main.Count(l => l.ShouldFlag) >= 60, "need at least 60 disclosures");
        Assert.True(main.Count(l => !l.ShouldFlag) >= 60, "need at least 60 ordinary comments");
        Assert.Equal(main.Count, main.Select(l => l.Text).Distinct().Count());
    }

    [Fact]
    public void AllSets_RecallIsAtLeast95Percent_AndFalsePositiveRateAtMost15Percent()
    {
        var all = All();
        foreach (var group in all.GroupBy(l => l.File)) Report(group.Key, [.. group]);
        var (recall, fpr, missed, falsePositives) = Report("all sets", all);

        Assert.True(recall >= 0.95, $"recall {recall:F3} < 0.95; missed:\n{string.Join("\n", missed)}");
        Assert.True(fpr <= 0.15, $"false-positive rate {fpr:F3} > 0.15; flagged:\n{string.Join("\n", falsePositives)}");
    }

    [Fact]
    public void TheBriefsTrickyComments_AreNotFlagged()
    {
        Assert.False(Screen.Screen("my brother hit the ball").Flag);
        Assert.False(Screen.Screen("I'd kill for pizza").Flag);
        Assert.False(Screen.Screen("the film was about dying").Flag);
    }

    (double Recall, double Fpr, List<string> Missed, List<string> FalsePositives) Report(string name, List<Labelled> set)
    {
        var results = set.Select(l => (l, r: Screen.Screen(l.Text))).ToList();
        var missed = results.Where(x => x.l.ShouldFlag && !x.r.Flag).Select(x => x.l.Text).ToList();
        var falsePositives = results.Where(x => !x.l.ShouldFlag && x.r.Flag)
            .Select(x => $"{x.l.Text}  [{x.r.Top!.RuleId} tier {x.r.Tier}: \"{x.r.Top.Text}\"]").ToList();
        var positives = set.Count(l => l.ShouldFlag);
        var negatives = set.Count - positives;
        var recall = (double)(positives - missed.Count) / positives;
        var fpr = (double)falsePositives.Count / negatives;
        output.WriteLine($"{name}: recall {recall:F3} ({positives - missed.Count}/{positives}), false-positive rate {fpr:F3} ({falsePositives.Count}/{negatives})");
        foreach (var fp in falsePositives) output.WriteLine("  flagged: " + fp);
        foreach (var m in missed) output.WriteLine("  missed: " + m);
        return (recall, fpr, missed, falsePositives);
    }
}
