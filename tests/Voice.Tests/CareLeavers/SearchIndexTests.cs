using System.Collections.Concurrent;
using Voice.Data.CareLeavers;
using Voice.Data.Text;

namespace Voice.Tests.CareLeavers;

/// <summary>
/// The search index is built once, from the loaded content; a search stems only its own words
/// (issue 14): the pages' words were stemmed when the index was built, and titles and snippets are
/// marked from the tokens it keeps.
/// </summary>
public class SearchIndexTests
{
    static readonly IReadOnlyList<OfferPage> Pages = LocalOfferLoader.LoadOrThrow(Path.Combine(TestPaths.Content, "local-offer")).Pages;

    [Theory]
    [InlineData("money for university")]
    [InlineData("helth history")]
    [InlineData("somewhere to live")]
    [InlineData("bursar")]
    public void ASearch_StemsOnlyTheWordsOfTheQuery_AndFindsWhatTheFullStemmerFinds(string query)
    {
        var stemmed = new ConcurrentQueue<string>();
        var counting = new LocalOfferSearch(Pages, word => { stemmed.Enqueue(word); return Porter2Stemmer.Stem(word); });
        Assert.NotEmpty(stemmed); // the index stemmed the pages when it was built
        stemmed.Clear();

        var results = counting.Search(query);

        var allowed = LocalOfferSearch.Tokenize(query).Select(t => t.Word)
            .Concat(SearchSynonyms.Words.Values.Concat(SearchSynonyms.Phrases.Values).SelectMany(e => e.Means))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(stemmed, w => Assert.Contains(w, allowed));
        Assert.True(stemmed.Count < 40, $"{stemmed.Count} words stemmed for \"{query}\"");

        // Titles and snippets are still the pages' own text, marked at whole words.
        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            Assert.Equal(hit.Page.Title, string.Concat(hit.Title.Select(p => p.Text)));
            var snippet = string.Concat(hit.Snippet.Select(p => p.Text)).Replace("… ", "").Replace(" …", "");
            Assert.Contains(snippet, (hit.Page.PlainText + "\n" + string.Join("\n", hit.Page.Meta.Offer.Select(o => o.Item))).Replace('\n', ' '));
            foreach (var marked in hit.Title.Concat(hit.Snippet).Where(p => p.Highlight))
                Assert.Equal(marked.Text.Length, Assert.Single(LocalOfferSearch.Tokenize(marked.Text)).Length);
        }
    }

    [Fact]
    public void MarkedWords_InTitleAndSnippet_AreTheMatchedOnes()
    {
        var hit = new LocalOfferSearch(Pages).Search("bursary").Hits.First();
        Assert.Contains(hit.Title, p => p.Highlight && p.Text.Equals("Bursary", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(hit.Snippet, p => p.Highlight && p.Text.StartsWith("bursar", StringComparison.OrdinalIgnoreCase));
    }
}
