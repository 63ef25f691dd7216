using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

/// <summary>The checker's start page: the same for everyone (no form, no answers), so from the output cache (issue 14).</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class IndexModel : PageModel
{
    public void OnGet() { }
}
