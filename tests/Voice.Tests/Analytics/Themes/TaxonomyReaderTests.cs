using Voice.Data.Analytics.Themes;
using Voice.Data.Feedback;

namespace Voice.Tests.Analytics.Themes;

public class TaxonomyReaderTests
{
    const string Good = """
        { "version": "v1", "themes": [
          { "id": "home", "name": "Where I live", "definition": "Carers and moves.", "examples": ["I like my carers"], "phrases": ["foster carer"] },
          { "id": "money", "name": "Money", "definition": "Pocket money." } ] }
        """;

    [Fact]
    public void The_content_taxonomy_has_exactly_the_starter_ids_from_the_product_design()
    {
        var taxonomy = TaxonomyReader.Load(TestPaths.Content);
        Assert.Equal(
            ["family-contact", "home", "social-worker", "being-heard", "reviews-meetings", "education", "health-wellbeing", "safety", "money", "housing-leaving-care", "communication", "identity", "activities", "complaints"],
            taxonomy.Ids);
        Assert.All(taxonomy.Themes, t => Assert.NotEmpty(t.Examples));
        Assert.All(taxonomy.Themes, t => Assert.NotEmpty(t.Phrases));
        Assert.StartsWith("starter-1-", taxonomy.Version);
    }

    [Fact]
    public void The_examples_file_has_a_column_for_every_theme_and_examples_of_every_tone_for_each()
    {
        var taxonomy = TaxonomyReader.Load(TestPaths.Content);
        var examples = LabelledSet.ReadCsv(Path.Combine(TestPaths.Content, "themes", "examples.csv"));
        Assert.Equal(taxonomy.Ids, examples.ThemeIds);
        Assert.True(examples.Comments.Count >= 400);
        for (var t = 0; t < examples.ThemeIds.Count; t++)
            foreach (var tone in Enum.GetValues<Tone>())
                Assert.Contains(examples.Comments, c => c.Labels[t] && c.Tone == tone);
    }

    [Fact]
    public void Any_edit_makes_a_new_version()
    {
        var a = TaxonomyReader.Read("t.json", Good);
        var b = TaxonomyReader.Read("t.json", Good.Replace("Pocket money.", "Pocket money and grants."));
        Assert.NotEqual(a.Version, b.Version);
        Assert.Equal(a.Version, TaxonomyReader.Read("t.json", Good.Replace("\n", "\r\n")).Version);
    }

    [Fact]
    public void What_it_writes_reads_back_the_same()
    {
        var a = TaxonomyReader.Read("t.json", Good);
        var b = TaxonomyReader.Read("t.json", TaxonomyReader.Write("v1", a.Themes));
        Assert.Equal(a.Ids, b.Ids);
        Assert.Equal(a.Themes[0].Phrases, b.Themes[0].Phrases);
        Assert.Equal(a.Themes[0].Examples, b.Themes[0].Examples);
    }

    [Theory]
    [InlineData("\"id\": \"money\"", "\"id\": \"home\"", "$.themes[1].id", "more than one theme")]
    [InlineData("\"name\": \"Money\", ", "", "$.themes[1].name", "is required")]
    [InlineData("\"id\": \"money\"", "\"id\": \"Money Matters\"", "$.themes[1].id", "lower-case")]
    [InlineData("\"definition\": \"Pocket money.\"", "\"definition\": \"Pocket money.\", \"colour\": \"red\"", "$.themes[1].colour", "unknown field")]
    [InlineData("\"version\": \"v1\", ", "", "$.version", "is required")]
    [InlineData("\"phrases\": [\"foster carer\"]", "\"phrases\": [\"foster carer\", \"Foster Carer\"]", "$.themes[0].phrases", "listed twice")]
    public void Problems_are_named_by_file_and_field(string find, string replace, string path, string problem)
    {
        var e = Assert.Throws<ContentValidationException>(() => TaxonomyReader.Read("taxonomy.json", Good.Replace(find, replace)));
        Assert.Equal("taxonomy.json", e.File);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void Broken_json_and_an_empty_list_are_refused()
    {
        Assert.Equal("taxonomy.json", Assert.Throws<ContentValidationException>(() => TaxonomyReader.Read("taxonomy.json", "{ \"version\": ")).File);
        Assert.Equal("$.themes", Assert.Throws<ContentValidationException>(() => TaxonomyReader.Read("taxonomy.json", "{ \"version\": \"1\", \"themes\": [] }")).JsonPath);
    }
}
