using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers;

/// <summary>
/// Search over the local offer. A plain GET form; htmx asks for the same page and selects the
/// results from it, so there is one page and no fragment to keep in step. From the output cache
/// like the pages it finds: the same query gives the same page to everyone not signed in.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class SearchModel(LocalOfferSearch search, LocalOffer offer) : PageModel
{
    public LocalOffer Offer => offer;

    public string? Q { get; private set; }
    public SearchResults Results { get; private set; } = null!;

    public void OnGet(string? q)
    {
        Q = q is { Length: > LocalOfferSearch.MaxQueryLength } ? q[..LocalOfferSearch.MaxQueryLength] : q;
        Results = search.Search(q);
    }
}
