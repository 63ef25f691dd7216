using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Features.Accounts;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Admin.Staff.Users;

/// <summary>One staff account: change roles, disable or enable it, reset two-factor. Every change is audited.</summary>
public class DetailsModel(UserManager<VoiceUser> users, AuditWriter audit, UserLinks links, Voice.Data.Outbox.Outbox outbox, AccountLinks accountLinks) : PageModel
{
    static readonly InlineValidator<DetailsModel> Rules = new()
    {
        v => v.RuleFor(m => m.SelectedRoles).NotEmpty().WithMessage("Select at least one role. To stop someone using Voice, disable their account instead."),
        v => v.RuleForEach(m => m.SelectedRoles).Must(r => Roles.All.Any(a => a.Name == r)).WithMessage("Select a role from the list"),
    };

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    [TempData] public string? Banner { get; set; }

    public VoiceUser Account { get; private set; } = null!;
    public bool IsMe => Account.Id == users.GetUserId(User);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        SelectedRoles = (await users.GetRolesAsync(Account)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await this.ThrowIfInvalidAsync(Rules);
        if (IsMe && !SelectedRoles.Contains(Roles.Administrator))
            this.Fail(nameof(SelectedRoles), "You cannot remove your own administrator role. Ask another administrator.");
        var current = await users.GetRolesAsync(Account);
        var add = SelectedRoles.Distinct().Except(current).ToList();
        var remove = current.Except(SelectedRoles).ToList();
        if (add.Count > 0) await users.AddToRolesAsync(Account, add);
        if (remove.Count > 0) await users.RemoveFromRolesAsync(Account, remove);
        if (add.Count + remove.Count > 0)
        {
            // A new stamp makes their current sign-ins pick up the change within a minute. Someone
            // still invited has no sign-in, and a new stamp would break their invitation link.
            if (Account.PasswordHash is not null) await users.UpdateSecurityStampAsync(Account);
            await audit.WriteAsync(User.ToActor(), $"Changed roles: added [{string.Join(", ", add)}], removed [{string.Join(", ", remove)}]", "User", Account.Id);
        }
        Banner = add.Count + remove.Count > 0 ? $"Roles for {Account.DisplayName} updated" : "No roles were changed";
        return Redirect(links.Details(Id));
    }

    /// <summary>Disabling asks first, on its own page (<see cref="DisableModel"/>).</summary>
    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Account.IsDisabled = false;
        await users.UpdateAsync(Account);
        await users.UpdateSecurityStampAsync(Account);
        await audit.WriteAsync(User.ToActor(), "Enabled account", "User", Account.Id);
        Banner = $"{Account.DisplayName}'s account is enabled again";
        return Redirect(links.Details(Id));
    }

    public async Task<IActionResult> OnPostResendInvitationAsync(CancellationToken ct)
    {
        if (!await LoadAsync()) return NotFound();
        if (Account.PasswordHash is not null || Account.IsDisabled) return Redirect(links.Details(Id));
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        outbox.Email("account-invitation", Account.Email!, "You have been invited to use Voice",
            $"Hello {Account.DisplayName},\n\n{User.ToActor().Name} has sent you a new link to set up your Voice account. Use it within 1 day:\n\n{accountLinks.AcceptInvite(Account.Id, token)}\n\nYou will also set up two-factor authentication, so have your phone ready.");
        await audit.WriteAsync(User.ToActor(), "Sent the invitation again", "User", Account.Id, ct: ct);
        Banner = $"A new invitation has been sent to {Account.Email}";
        return Redirect(links.Details(Id));
    }

    /// <summary>
    /// Whoever lost their second factor may also have lost their password with it, so both go: the
    /// password is removed, every session ends, and the person is emailed a link to set a new
    /// password, then sets up two-factor again (issue 12).
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await users.SetTwoFactorEnabledAsync(Account, false);
        await users.ResetAuthenticatorKeyAsync(Account);
        if (await users.HasPasswordAsync(Account)) await users.RemovePasswordAsync(Account);
        await users.UpdateSecurityStampAsync(Account);
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        outbox.Email("account-two-factor-reset", Account.Email!, "Your Voice sign-in has been reset",
            $"Hello {Account.DisplayName},\n\n{User.ToActor().Name} has reset your two-factor authentication for Voice. Your password has been removed too, and you have been signed out everywhere.\n\n" +
            $"Set a new password with this link within 1 day, then set up two-factor authentication again:\n\n{accountLinks.ResetPassword(Account.Id, token)}\n\n" +
            "If you did not ask for this, tell your manager or an administrator straight away.");
        await audit.WriteAsync(User.ToActor(), "Reset two-factor authentication and password", "User", Account.Id);
        Banner = $"{Account.DisplayName} has been emailed a link to set a new password, then will set up two-factor authentication again";
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
