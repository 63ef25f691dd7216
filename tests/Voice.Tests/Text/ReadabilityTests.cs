using Voice.Data.Text;

namespace Voice.Tests.Text;

public class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("school", 1)]
    [InlineData("live", 1)]
    [InlineData("little", 2)]
    [InlineData("family", 3)]
    [InlineData("worried", 2)]
    [InlineData("advocate", 3)]
    [InlineData("independent", 4)]
    [InlineData("grandparents", 3)]
    [InlineData("lately", 2)]
    [InlineData("someone", 2)]
    [InlineData("anything", 3)]
    public void Syllables_AreCountedByVowelGroups(string word, int expected) =>
        Assert.Equal(expected, Readability.Syllables(word));

    [Fact]
    public void ShortPlainSentences_ReadYoung_AndLongLatinateOnes_ReadOld()
    {
        var plain = Readability.ReadingAge("Do you feel safe where you live? You can tell us as much or as little as you like.");
        var official = Readability.ReadingAge(
            "Notwithstanding the aforementioned considerations, the authority's determination regarding the " +
            "appropriateness of continued accommodation necessitates comprehensive multidisciplinary consultation.");
        Assert.InRange(plain, 0, 9);
        Assert.True(official > 20, $"official text read at age {official:F1}");
    }

    [Fact]
    public void NoWords_IsAgeZero() => Assert.Equal(0, Readability.ReadingAge("  — "));
}
