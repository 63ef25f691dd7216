using System.Text.RegularExpressions;

namespace Voice.Tests.Pages;

/// <summary>Childline, 999 and the council's numbers are tap-to-call links wherever a view shows them.</summary>
public class PhoneNumberLinkTests
{
    static readonly Regex Number = new(@"(?<![\w:""])(0800 1111|01632 ?9\d{2} ?\d{3,4}|999|0300 061 0614)(?![\w""])", RegexOptions.Compiled);

    [Fact]
    public void EveryPhoneNumberInAView_IsATelLink()
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web"), "*.cshtml", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in Number.Matches(lines[i]))
                {
                    var before = lines[i][..m.Index];
                    var tel = $"href=\"tel:{m.Value.Replace(" ", "")}\">";
                    if (!before.EndsWith(tel, StringComparison.Ordinal))
                        problems.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}:{i + 1}: {m.Value}");
                }
        }
        Assert.Empty(problems);
    }
}
