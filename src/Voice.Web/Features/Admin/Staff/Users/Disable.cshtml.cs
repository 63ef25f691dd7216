using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Data.Audit;

namespace Voice.Web.Features.Admin.Staff.Users;

/// <summary>
/// Disabling an account asks first: it signs the person out and stops their work, so one stray
/// click on the account page must not do it. A page of its own, so it works without JavaScript.
/// </summary>
public class DisableModel(UserManager<VoiceUser> users, AuditWriter audit, UserLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [TempData] public string? Banner { get; set; }

    public VoiceUser Account { get; private set; } = null!;
    public string BackUrl => links.Details(Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Account.IsDisabled || Account.Id == users.GetUserId(User)) return Redirect(links.Details(Id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Account.Id == users.GetUserId(User)) this.Fail("", "You cannot disable your own account");
        if (!Account.IsDisabled)
        {
            Account.IsDisabled = true;
            await users.UpdateAsync(Account);
            // A new security stamp ends their current sign-ins within a minute.
            await users.UpdateSecurityStampAsync(Account);
            await audit.WriteAsync(User.ToActor(), "Disabled account", "User", Account.Id);
        }
        Banner = $"{Account.DisplayName}'s account is disabled. They cannot sign in.";
        return Redirect(links.Details(Id));
    }

    async Task<bool> LoadAsync()
    {
        var found = await users.FindByIdAsync(Id);
        if (found is null) return false;
        Account = found;
        return true;
    }
}
