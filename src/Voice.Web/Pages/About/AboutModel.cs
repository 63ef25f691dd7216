using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Voice.Web.Infrastructure;

namespace Voice.Web.Pages.About;

/// <summary>The information pages in the footer: public, and they only need the council's details.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class AboutModel(IOptions<VoiceOptions> options) : PageModel
{
    public VoiceOptions.CouncilOptions Council { get; } = options.Value.Council;

    public void OnGet() { }
}
