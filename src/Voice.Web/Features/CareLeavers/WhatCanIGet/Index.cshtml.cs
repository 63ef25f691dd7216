using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

[AllowAnonymous]
public class IndexModel : PageModel
{
    public void OnGet() { }
}
