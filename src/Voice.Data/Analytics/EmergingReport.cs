using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;

namespace Voice.Data.Analytics;

/// <summary>
/// The themes engine's emerging phrases (<see cref="EmergingPhrases"/>) as QA may see them:
/// nothing at all when the quarter's comments come from fewer people than
/// <see cref="SmallNumbers.MinimumGroup"/>; each phrase's counts hidden when small (they split
/// no total, so no secondary suppression is needed); example comments passed through
/// <see cref="QuoteRedactor"/> again, whatever the store holds.
/// </summary>
public static class EmergingReport
{
    /// <summary>A comment in the store: who said it (people are counted by response) and what, with its themes.</summary>
    public sealed record Comment(string ResponseKey, ThemedText Item);

    public sealed record Row(string Phrase, EmergingReason Reason, string Count, string PreviousCount, IReadOnlyList<string> Examples);

    /// <param name="TooFew">The quarter's comments come from too few people to show anything.</param>
    public sealed record Result(Quarter Quarter, bool TooFew, IReadOnlyList<Row> Rows);

    /// <param name="comments">Comments of <paramref name="quarter"/> and the quarter before it.</param>
    /// <param name="known">Phrases not to suggest: the taxonomy's and those already decided.</param>
    public static Result Build(IEnumerable<Comment> comments, Quarter quarter, IEnumerable<string> known, SmallNumbers rule,
        EmergingPhrases.Options? options = null)
    {
        var list = comments.ToList();
        var people = list.Where(c => Quarter.Of(c.Item.Date) == quarter).Select(c => c.ResponseKey).Distinct().LongCount();
        if (people == 0 || rule.IsSmall(people)) return new Result(quarter, true, []);
        var found = EmergingPhrases.Find(list.Select(c => c.Item), quarter.Start, known, options);
        string Show(int n) => rule.IsSmall(n) ? Suppressed.Mark : n.ToString("N0");
        return new Result(quarter, false, [.. found.Select(p => new Row(p.Phrase, p.Reason, Show(p.Count), Show(p.PreviousCount),
            [.. p.Examples.Select(e => QuoteRedactor.Redact(e)).Distinct()]))]);
    }

    /// <summary>Every phrase of the taxonomy, which is never suggested as new.</summary>
    public static IEnumerable<string> TaxonomyPhrases(Taxonomy taxonomy) => taxonomy.Themes.SelectMany(t => t.Phrases);
}
