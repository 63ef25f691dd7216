using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.Content.Staff;

/// <summary>
/// For content editors: every local offer page with its owner and review date, pages past review
/// (12 months) by owner, the internal link check, and the problems found when the content loaded.
/// </summary>
public class IndexModel(LocalOffer offer, Voice.Data.Calendar.UkClock clock) : PageModel
{
    public const int ReviewMonths = 12;

    public record Row(OfferPage Page, OfferPage? EasyRead, bool PastReview, DateOnly ReviewBy, IReadOnlyList<string> BrokenLinks, int LinkCount);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ContentProblem> Problems => offer.Problems;
    public IReadOnlyList<IGrouping<string, Row>> PastReviewByOwner { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TopicTitles { get; private set; } = new Dictionary<string, string>();

    public static bool IsPastReview(DateOnly lastReviewed, DateOnly today) => lastReviewed.AddMonths(ReviewMonths) < today;

    public void OnGet()
    {
        var today = clock.Today;
        TopicTitles = offer.Topics.ToDictionary(t => t.Slug, t => t.Title);
        Rows = offer.StandardPages.Select(p =>
        {
            var twin = offer.Find(p.Topic, p.Slug, easyRead: true);
            var links = p.InternalLinks.Concat(twin?.InternalLinks ?? []).Distinct().ToList();
            var last = twin is null || twin.Meta.LastReviewed > p.Meta.LastReviewed ? p.Meta.LastReviewed : twin.Meta.LastReviewed;
            return new Row(p, twin, IsPastReview(last, today), last.AddMonths(ReviewMonths), links.Where(l => !offer.LinkExists(l)).ToList(), links.Count);
        }).ToList();
        PastReviewByOwner = Rows.Where(r => r.PastReview).GroupBy(r => r.Page.Meta.Owner).OrderBy(g => g.Key).ToList();
    }
}
