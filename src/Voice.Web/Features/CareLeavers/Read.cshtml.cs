using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers;

/// <summary>One page of the local offer, standard or easy read.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class ReadModel(LocalOffer offer, Infrastructure.Languages.PageText text) : PageModel
{
    public OfferPage Doc { get; private set; } = null!;
    /// <summary>The page in the reader's language, or in English when it has no usable translation.</summary>
    public LocalisedPage Shown { get; private set; } = null!;
    public OfferTopic Topic { get; private set; } = null!;
    public string Host { get; private set; } = "";

    public IActionResult OnGet(string topic, string slug, string? version)
    {
        if (version is not (null or "easy-read")) return NotFound();
        var page = offer.Find(topic, slug, version is not null);
        if (page is null) return NotFound();
        Doc = page;
        Shown = text.Page(offer, page);
        Host = Request.Host.Value ?? "";
        Topic = offer.Topic(topic)!;
        return Page();
    }
}
