using Voice.Data.CareLeavers;
using Xunit.Abstractions;

namespace Voice.Tests.CareLeavers;

/// <summary>
/// Search quality against real-sounding queries (SearchRelevance.txt): hit@3 is the share of
/// queries with a right page in the first three results. The floor only ever goes up.
/// </summary>
public class LocalOfferRelevanceTests(ITestOutputHelper output)
{
    public const double Hit3Floor = 0.9;

    static readonly Lazy<LocalOfferSearch> Search = new(() =>
        new LocalOfferSearch(LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer")).Pages));

    static IReadOnlyList<(string Query, string[] Pages)> Set() =>
        [.. File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Voice.Tests", "CareLeavers", "SearchRelevance.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|'))
            .Select(p => (p[0].Trim(), p[1].Split(',').Select(s => s.Trim()).ToArray()))];

    [Fact]
    public void Hit3_IsAtLeastTheFloor()
    {
        var set = Set();
        Assert.True(set.Count >= 30, $"only {set.Count} queries");
        var slugs = LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer")).Pages.Select(p => p.Slug).ToHashSet();
        var misses = new List<string>();
        foreach (var (query, pages) in set)
        {
            Assert.All(pages, p => Assert.Contains(p, slugs));
            var top = Search.Value.Search(query).Hits.Take(3).Select(h => h.Page.Slug).ToList();
            if (!top.Any(pages.Contains)) misses.Add($"{query}: got {string.Join(", ", top)}");
        }
        var hit3 = 1 - (double)misses.Count / set.Count;
        output.WriteLine($"hit@3 = {hit3:P0} ({set.Count - misses.Count} of {set.Count})\n" + string.Join("\n", misses));
        Assert.True(hit3 >= Hit3Floor, $"hit@3 {hit3:P0} is below {Hit3Floor:P0}. Misses:\n" + string.Join("\n", misses));
    }

    [Theory]
    [InlineData("where can I live")]
    [InlineData("money for university")]
    public void TheIssuesQueries_PutTheRightPageFirst(string query)
    {
        var expected = Set().Single(s => s.Query == query).Pages;
        Assert.Contains(Search.Value.Search(query).Hits[0].Page.Slug, expected);
    }

    [Fact]
    public void AQuery_IsNotAnyWordMatching()
    {
        // "money for university" once listed 20 pages: every page that said "money" or "university".
        var anyWord = Search.Value.Search("money", 100).Hits.Concat(Search.Value.Search("university", 100).Hits).Select(h => h.Page.Slug).Distinct().Count();
        var found = Search.Value.Search("money for university", 100).Hits.Count;
        output.WriteLine($"money for university: {found} pages; any word would give {anyWord}");
        Assert.True(found < anyWord, $"{found} pages, as many as any-word matching ({anyWord})");
    }

    [Fact]
    public void AMisspelling_OffersDidYouMean()
    {
        var results = Search.Value.Search("Helth history");
        Assert.Equal("health history", results.DidYouMean);
        Assert.Null(Search.Value.Search("health history").DidYouMean);
    }
}
