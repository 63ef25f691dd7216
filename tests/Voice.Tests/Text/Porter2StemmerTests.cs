using Voice.Data.Text;

namespace Voice.Tests.Text;

public class Porter2StemmerTests
{
    // Pairs from the Snowball English sample vocabulary and output.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consist", "consist")]
    [InlineData("consisted", "consist")]
    [InlineData("consistency", "consist")]
    [InlineData("consistent", "consist")]
    [InlineData("consistently", "consist")]
    [InlineData("knack", "knack")]
    [InlineData("knackered", "knacker")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("kneel", "kneel")]
    [InlineData("kneeling", "kneel")]
    [InlineData("knees", "knee")]
    [InlineData("knightly", "knight")]
    [InlineData("knitting", "knit")]
    [InlineData("knives", "knive")]
    [InlineData("knocked", "knock")]
    [InlineData("generously", "generous")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cries", "cri")]
    [InlineData("gaps", "gap")]
    [InlineData("gas", "gas")]
    [InlineData("hopping", "hop")]
    [InlineData("hoped", "hope")]
    [InlineData("happiness", "happi")]
    [InlineData("dying", "die")]
    [InlineData("skies", "sky")]
    [InlineData("news", "news")]
    [InlineData("succeed", "succeed")]
    public void Stems_AsSnowballDoes(string word, string stem) => Assert.Equal(stem, Porter2Stemmer.Stem(word));

    [Theory]
    [InlineData("hits", "hitting", "hit")]
    [InlineData("kicked", "kicks", "kicking")]
    [InlineData("touched", "touches", "touching")]
    [InlineData("hurts", "hurting", "hurt")]
    public void InflectionsShareAStem(string a, string b, string c)
    {
        Assert.Equal(Porter2Stemmer.Stem(a), Porter2Stemmer.Stem(b));
        Assert.Equal(Porter2Stemmer.Stem(b), Porter2Stemmer.Stem(c));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("k1ll")]
    [InlineData("Café")]
    public void NotAPlainLowerCaseWord_IsReturnedAsIs(string word) => Assert.Equal(word, Porter2Stemmer.Stem(word));
}
