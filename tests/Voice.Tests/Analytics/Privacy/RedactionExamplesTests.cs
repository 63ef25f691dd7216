using Voice.Data.Analytics.Privacy;
using Xunit.Abstractions;

namespace Voice.Tests.Analytics.Privacy;

/// <summary>
/// How well <see cref="QuoteRedactor"/> tells names from ordinary capitalised words, on example
/// sentences written before its name rules were last changed (<c>Redaction/*.txt</c>): names and
/// places it should hide and hid, and ordinary words it hid by mistake. The development set was
/// used to change the rules; the held-out set never was. The figures are in the README; these
/// tests keep them from getting worse.
/// </summary>
public class RedactionExamplesTests(ITestOutputHelper output)
{
    public sealed record Figures(int Examples, int Exact, int ToHide, int Hidden, int ToKeep, int WronglyHidden);

    public static Figures Measure(string file, Action<string>? report = null)
    {
        int examples = 0, exact = 0, toHide = 0, hidden = 0, toKeep = 0, wronglyHidden = 0;
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.RepoRoot, "tests", "Voice.Tests", "Analytics", "Privacy", "Redaction", file)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(" => ");
            var (text, expected) = (parts[0], parts[1]);
            var actual = QuoteRedactor.Redact(text);
            examples++;
            if (actual == expected) exact++;
            else report?.Invoke($"{text}\n  expected: {expected}\n  got:      {actual}");
            // Words kept in the expected text should survive; every other word of the text should not.
            var keep = Words(expected);
            var kept = Words(actual);
            var hide = Words(text);
            foreach (var w in keep) hide.Remove(w);
            toKeep += keep.Count;
            wronglyHidden += keep.Count(w => !kept.Remove(w));
            toHide += hide.Count;
            hidden += hide.Count(w => !Words(actual).Contains(w));
        }
        return new Figures(examples, exact, toHide, hidden, toKeep, wronglyHidden);
    }

    static List<string> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('[')).Select(w => w.ToLowerInvariant())];

    /// <summary>The figures measured after the change of 2026-11-26 (README), which must not get worse.</summary>
    [Theory]
    [InlineData("development.txt", 38, 17, 17)]
    [InlineData("held-out.txt", 29, 15, 12)]
    public void Examples_HideNamesAndKeepOrdinaryWords_NoWorseThanMeasured(string file, int examples, int hiddenAtLeast, int wronglyHiddenAtMost)
    {
        var figures = Measure(file, output.WriteLine);
        output.WriteLine($"{file}: {figures}");
        Assert.Equal(examples, figures.Examples);
        Assert.True(figures.Hidden >= hiddenAtLeast, $"{figures.Hidden} of {figures.ToHide} identifying words hidden, was {hiddenAtLeast}");
        Assert.True(figures.WronglyHidden <= wronglyHiddenAtMost, $"{figures.WronglyHidden} of {figures.ToKeep} ordinary words hidden, was {wronglyHiddenAtMost}");
    }
}
