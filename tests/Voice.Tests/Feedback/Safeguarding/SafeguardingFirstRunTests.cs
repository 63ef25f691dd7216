using System.Globalization;
using System.Text.RegularExpressions;

namespace Voice.Tests.Feedback.Safeguarding;

/// <summary>
/// The honest measurement: content/themes/README.md records the first-run recall of every fresh
/// set, screened once before anything was tuned on it. The latest such figure must be at least 0.90.
/// </summary>
public partial class SafeguardingFirstRunTests
{
    [GeneratedRegex(@"^\| (\d{4}-\d{2}-\d{2}) \| `([^`]+)` \| ([^|]+) \| (\d+) \| (\d\.\d\d) \| ([^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    static List<(string Date, string Set, double Recall)> Rows()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Content, "themes", "README.md"));
        var section = readme[readme.IndexOf("## Screen 2: first runs", StringComparison.Ordinal)..];
        return [.. Row().Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Value, double.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture)))];
    }

    [Fact]
    public void EveryRecordedFreshSet_IsCommitted()
    {
        var rows = Rows();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(File.Exists(Path.Combine(TestPaths.Content, "themes", r.Set)), $"{r.Set} is recorded but not committed"));
    }

    [Fact]
    public void TheLatestFirstRunRecall_IsAtLeast90Percent()
    {
        var latest = Rows()[^1];
        Assert.True(latest.Recall >= 0.90, $"the latest first run ({latest.Set}, {latest.Date}) found {latest.Recall:F2} of disclosures, under 0.90");
    }
}
