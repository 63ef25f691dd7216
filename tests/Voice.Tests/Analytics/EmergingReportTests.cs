using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;

namespace Voice.Tests.Analytics;

public class EmergingReportTests
{
    static readonly Quarter Q = new(2026, 4);

    static EmergingReport.Comment C(int person, string text, int day = 5) => new($"r{person}", new ThemedText(text, Q.Start.AddDays(day), []));

    [Fact]
    public void Too_few_people_in_the_quarter_shows_nothing()
    {
        var comments = Enumerable.Range(0, 9).Select(i => C(i, "the bus pass ran out again")).ToList();
        var result = EmergingReport.Build(comments, Q, [], new SmallNumbers());
        Assert.True(result.TooFew);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Small_counts_are_hidden_and_examples_are_redacted_again()
    {
        var comments = Enumerable.Range(0, 12).Select(i => C(i, $"I talked about football number {i}"))
            .Concat(Enumerable.Range(20, 3).Select(i => C(i, "my bus pass ran out, ring Dave Smith on 07700 900123")))
            .Concat(Enumerable.Range(30, 11).Select(i => C(i, "the youth club shut again"))).ToList();
        var result = EmergingReport.Build(comments, Q, [], new SmallNumbers());
        Assert.False(result.TooFew);
        var bus = Assert.Single(result.Rows, r => r.Phrase == "bus pass");
        Assert.Equal(Suppressed.Mark, bus.Count);
        Assert.All(bus.Examples, e => Assert.DoesNotContain("07700", e));
        Assert.Contains("[phone number]", bus.Examples[0]);
        var club = Assert.Single(result.Rows, r => r.Phrase == "youth club");
        Assert.Equal("11", club.Count);
    }

    [Fact]
    public void Taxonomy_phrases_are_never_suggested()
    {
        var taxonomy = new Taxonomy("t", [new Theme("leisure", "Leisure", "d", [], ["youth club"])]);
        var comments = Enumerable.Range(0, 12).Select(i => C(i, "the youth club shut again")).ToList();
        var result = EmergingReport.Build(comments, Q, EmergingReport.TaxonomyPhrases(taxonomy), new SmallNumbers());
        Assert.DoesNotContain(result.Rows, r => r.Phrase == "youth club");
    }
}
