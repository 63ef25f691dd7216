using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>
/// Supported two-factor set-up for young inspectors: the participation officer sees who has not
/// finished setting it up, and can reset it for a young inspector who lost their phone. Only
/// accounts whose only role is Young inspector can be reset here; staff go to an administrator.
/// </summary>
[Authorize(Policy = InspectionsAccess.Officer)]
public class InspectorsModel(VoiceDbContext db, UserManager<VoiceUser> users, AuditWriter audit, InspectionLinks links) : PageModel
{
    [BindProperty] public string? UserId { get; set; }
    [TempData] public string? Banner { get; set; }

    public IReadOnlyList<InspectionsAccess.Person> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => People = await InspectionsAccess.WithRoleAsync(db, Roles.YoungInspector, ct);

    public async Task<IActionResult> OnPostResetAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null) return NotFound();
        var roles = await users.GetRolesAsync(user);
        if (roles.Count != 1 || roles[0] != Roles.YoungInspector) return Forbid();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(User.ToActor(), "Reset a young inspector's two-factor authentication", "User", user.Id);
        Banner = $"{user.DisplayName} will set up two-factor sign-in again next time they sign in";
        return Redirect(links.Inspectors());
    }
}
