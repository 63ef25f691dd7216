using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Views;

/// <summary>Where a young person types their code, or lands from the link their worker sent.</summary>
[AllowAnonymous]
public class IndexModel(ViewSession session, AccessCheck access, ViewLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    /// <summary>The link's token (<see cref="ViewLinks.Invitation"/>); links sent before tokens carry the code instead.</summary>
    [BindProperty(SupportsGet = true)] public string? Link { get; set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(Link) ? await OpenAsync(ct, byLink: true)
        : string.IsNullOrWhiteSpace(Code) ? Page() : await OpenAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code)) this.Fail(nameof(Code), "Enter your code");
        return await OpenAsync(ct);
    }

    async Task<IActionResult> OpenAsync(CancellationToken ct, bool byLink = false)
    {
        // The link (GET) and the form (POST) count against the same limit.
        if (await access.IsBlockedAsync(HttpContext, null, null, ct))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Problem = "blocked";
            return Page();
        }
        var (result, invitation) = byLink ? await session.FindByLinkAsync(Link, ct) : await session.FindAsync(Code, ct);
        switch (result)
        {
            case ViewSession.CodeCheck.Ok:
                session.Grant(Response, invitation!);
                return Redirect(links.Start());
            case ViewSession.CodeCheck.OldCode:
                Problem = "old";
                return Page();
            case ViewSession.CodeCheck.Expired:
            case ViewSession.CodeCheck.Revoked:
                Problem = "closed";
                return Page();
            default:
                await access.FailedAsync(HttpContext, null, null, ct);
                if (byLink)
                {
                    Problem = "link";
                    return Page();
                }
                this.Fail(nameof(Code), "That code does not work. Check it and try again, or ask the person who gave it to you");
                return Page();
        }
    }
}
