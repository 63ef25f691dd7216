using Voice.Data.Text;

namespace Voice.Tests.Text;

public class TokeniserTests
{
    [Fact]
    public void Tokens_KeepTheirSpans_AndSentences()
    {
        const string text = "Don’t go! He's 24... k*ll  it\nok";
        var tokens = Tokeniser.Tokenise(text);
        Assert.Equal(["Don’t", "go", "He's", "24", "k*ll", "it", "ok"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text.Substring(t.Start, t.Length)));
        Assert.Equal([0, 0, 1, 1, 2, 2, 3], tokens.Select(t => t.Sentence));
    }

    [Fact]
    public void TrailingApostrophes_AreNotPartOfTheWord()
    {
        Assert.Equal(["the", "boys", "game"], Tokeniser.Tokenise("the boys' game").Select(t => t.Text));
    }
}
