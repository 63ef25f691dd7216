using System.Text.RegularExpressions;

namespace Voice.Tests.Infrastructure;

/// <summary>
/// The stylesheet carries only the GOV.UK Frontend components Voice uses (page weight, issue 14):
/// every component whose classes appear in our pages, tag helpers or scripts must be imported by
/// Styles/app.scss, or it would show unstyled.
/// </summary>
public partial class StylesheetComponentsTests
{
    static readonly string Web = Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web");

    [Fact]
    public void EveryComponentUsed_IsInTheStylesheet()
    {
        var components = Directory.GetDirectories(Path.Combine(Web, "node_modules", "govuk-frontend", "dist", "govuk", "components")).Select(Path.GetFileName).ToList();
        Assert.NotEmpty(components);
        var sources = new[] { "*.cshtml", "*.cs", "*.js" }
            .SelectMany(p => Directory.EnumerateFiles(Web, p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText).ToList();
        var scss = File.ReadAllText(Path.Combine(Web, "Styles", "app.scss"));
        var imported = ImportRegex().Matches(scss).Select(m => m.Groups[1].Value).ToHashSet();

        var used = components.Where(c => sources.Any(s => Regex.IsMatch(s, $@"govuk-{Regex.Escape(c!)}(\b|__|--)"))).ToList();
        Assert.Contains("button", used);
        var missing = used.Where(c => !imported.Contains(c!)).ToList();
        Assert.True(missing.Count == 0, "Used but not imported by Styles/app.scss: " + string.Join(", ", missing));
        // And the stylesheet does not carry the whole of GOV.UK Frontend.
        Assert.DoesNotContain("govuk-frontend/dist/govuk/index", scss);
        Assert.True(imported.Count < components.Count, $"{imported.Count} of {components.Count} components imported");
    }

    [GeneratedRegex(@"govuk-frontend/dist/govuk/components/([a-z-]+)/index")]
    private static partial Regex ImportRegex();
}
