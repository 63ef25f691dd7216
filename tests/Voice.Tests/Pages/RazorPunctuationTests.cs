using System.Text.RegularExpressions;

namespace Voice.Tests.Pages;

/// <summary>
/// Razor ends an implicit expression (<c>@Model.Name</c>) at the first character that cannot
/// continue it, and prints the rest as text. A null-forgiving "!" or a "?" at the end of one is
/// printed to the reader ("We will reply by!"). In prose a "!" or "?" after a name can be meant,
/// but an attribute value that is one expression and then "!" or "?" never is: guard every view.
/// </summary>
public class RazorPunctuationTests
{
    // attr="@a.b!" or attr="@a.b?" (Razor does continue the expression through "!." and "?.").
    static readonly Regex TrailingPunctuation = new(@"=""@[A-Za-z_][\w.]*[!?]""", RegexOptions.Compiled);

    [Fact]
    public void NoViewPrintsPunctuationAfterAnImplicitExpression()
    {
        var views = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var found = new List<string>();
        foreach (var file in views)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in TrailingPunctuation.Matches(lines[i]))
                    found.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}:{i + 1}: {m.Value}");
        }
        Assert.True(views.Any(), "no views found");
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("key=\"@Model.DueWhat!\"", true)]
    [InlineData("value=\"@Model.Name?\"", true)]
    [InlineData("Are you sure you want to disable @Model.Name?", false)]
    [InlineData("@s.HappenedOn!.Value.ToString(\"d\")", false)]
    [InlineData("@Model.Name.", false)]
    [InlineData("<p>Hello!</p>", false)]
    public void ThePatternIsRecognised(string line, bool bad) =>
        Assert.Equal(bad, TrailingPunctuation.IsMatch(line));
}
