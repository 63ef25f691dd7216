using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Access;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.Track;

/// <summary>
/// Reference plus tracking code, typed in or from the private link. Wrong answers all get the
/// same message, and the page is rate limited per client, so codes cannot be guessed.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RequestLimits.CodeGuessing)]
public class IndexModel(VoiceDbContext db, TrackingAccess access, AccessCodes codes, AccessCheck guard, ComplaintLinks links) : PageModel
{
    public const string NoMatch = "The reference and tracking code do not match a complaint. Check them and try again";

    static readonly InlineValidator<IndexModel> Rules = new()
    {
        v => v.RuleFor(m => m.Reference).NotEmpty().WithMessage("Enter your complaint reference"),
        v => v.RuleFor(m => m.Reference).MaximumLength(30).WithMessage(NoMatch),
        v => v.RuleFor(m => m.Code).NotEmpty().WithMessage("Enter your tracking code"),
        v => v.RuleFor(m => m.Code).MaximumLength(40).WithMessage(NoMatch),
    };

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }
    /// <summary>The private link's token (<see cref="ComplaintLinks.TrackingLink"/>); links sent before tokens carry the reference and code.</summary>
    [BindProperty(SupportsGet = true)] public string? Link { get; set; }
    public bool BadLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Link)) return await FollowLinkAsync(ct);
        // The private link carries both; check them like a typed answer.
        if (string.IsNullOrEmpty(Reference) || string.IsNullOrEmpty(Code)) { Code = null; return Page(); }
        return await CheckAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => CheckAsync(ct);

    /// <summary>A link opens the complaint (the first of parts split from it) without typing; a wrong token counts against the client like a wrong code.</summary>
    async Task<IActionResult> FollowLinkAsync(CancellationToken ct)
    {
        if (await guard.IsBlockedAsync(HttpContext, null, null, ct))
        {
            this.AddError("", AccessCheck.BlockedMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var hash = AccessCodes.LooksLikeLinkToken(Link) ? codes.HashLink(Link!) : null;
        var found = hash is null ? null : await db.Complaints.Where(c => c.TrackingLinkHash == hash).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Reference, c.TrackingCodeHash }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            await guard.FailedAsync(HttpContext, null, null, ct);
            BadLink = true;
            return Page();
        }
        access.Grant(Response, found.Id, found.TrackingCodeHash);
        return Redirect(links.Status(found.Reference));
    }

    async Task<IActionResult> CheckAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var reference = Reference!.Trim().ToUpperInvariant();
        if (await guard.IsBlockedAsync(HttpContext, "complaint", reference, ct))
        {
            Code = null;
            ModelState.Remove(nameof(Code));
            this.AddError("", AccessCheck.BlockedMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var found = await db.Complaints.Where(c => c.Reference == reference).Select(c => new { c.Id, c.TrackingCodeHash }).SingleOrDefaultAsync(ct);
        if (!codes.Matches(Code, found?.TrackingCodeHash, legacySha256: true) || found is null)
        {
            await guard.FailedAsync(HttpContext, "complaint", reference, ct);
            Code = null;
            ModelState.Remove(nameof(Code));
            this.Fail("", NoMatch);
        }
        var hash = found!.TrackingCodeHash;
        if (AccessCodes.IsLegacy(hash))
        {
            // Parts split from one complaint share its code: all move to the new form together.
            hash = codes.Hash(Code!);
            await db.Complaints.Where(c => c.TrackingCodeHash == found.TrackingCodeHash).ExecuteUpdateAsync(s => s.SetProperty(c => c.TrackingCodeHash, hash), ct);
        }
        access.Grant(Response, found.Id, hash);
        return Redirect(links.Status(reference));
    }
}
