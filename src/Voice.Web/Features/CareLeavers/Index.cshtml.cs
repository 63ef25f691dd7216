using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers;

[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class IndexModel(LocalOffer offer) : PageModel
{
    public LocalOffer Offer => offer;

    public void OnGet() { }
}
