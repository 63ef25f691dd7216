using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Pages.Views;

/// <summary>After sending: thanks and what happens now; later, what was decided, in the worker's words.</summary>
[AllowAnonymous]
public class NextModel(ViewSession session, ViewLinks links) : PageModel
{
    public ViewSession.Current Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return Redirect(links.EnterCode());
        if (!current.Submitted) return Redirect(links.Start());
        Current = current;
        return Page();
    }
}
