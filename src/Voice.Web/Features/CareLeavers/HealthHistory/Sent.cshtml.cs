using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Features.CareLeavers.HealthHistory;

/// <summary>Shows the reference and the private code once; the code is never stored.</summary>
[AllowAnonymous]
public class SentModel(CareLeaverLinks links) : PageModel
{
    public string Reference { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Due { get; private set; } = "";
    /// <summary>The person is 25 or over, when the local offer's support has ended.</summary>
    public bool Over25 { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData["HealthHistoryReference"] is not string reference || TempData["HealthHistoryCode"] is not string code)
            return Redirect(links.HealthHistoryStatus());
        Reference = reference;
        Code = code;
        Due = TempData["HealthHistoryDue"] as string ?? "";
        Over25 = TempData["HealthHistoryOver25"] is true;
        return Page();
    }
}
