using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Voice.Data.Audit;
using Voice.Data.Identity;

namespace Voice.Web.Features.Accounts;

/// <summary>
/// A new staff member chooses a password from the invitation link, and goes straight on to set
/// up two-factor authentication, as the page promises: the link proved the email address and the
/// password was chosen a moment ago, so asking for it again would only get in the way. Until
/// two-factor is set up the account reaches no staff page.
/// </summary>
public class AcceptInviteModel(UserManager<VoiceUser> users, AuditWriter audit, SignInManager<VoiceUser> signIn, AccountLinks links)
    : SetPasswordPage(users, audit)
{
    protected override bool IsInvite => true;

    protected override async Task<IActionResult?> NextAsync(VoiceUser user)
    {
        if (user.TwoFactorEnabled) return null;
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(links.SetUpTwoFactor(null));
    }
}
