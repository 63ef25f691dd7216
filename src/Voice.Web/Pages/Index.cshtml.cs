using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Voice.Web.Infrastructure;

namespace Voice.Web.Pages;

[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class IndexModel(IOptions<VoiceOptions> options) : PageModel
{
    public string Council { get; } = options.Value.Council.Name;

    public void OnGet() { }
}
