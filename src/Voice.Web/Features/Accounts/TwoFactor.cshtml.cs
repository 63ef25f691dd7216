using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Accounts;

/// <summary>The second step of sign-in: a code from the authenticator app.</summary>
[AllowAnonymous]
public class TwoFactorModel(SignInManager<VoiceUser> signIn, UserManager<VoiceUser> users, AuditWriter audit, AccountLinks links) : PageModel
{
    static readonly InlineValidator<TwoFactorModel> Rules = new()
    {
        v => v.RuleFor(m => m.Code).NotEmpty().WithMessage("Enter the 6-digit security code from your authenticator app"),
        v => v.RuleFor(m => m.Code).Matches("^[0-9 ]{6,8}$").When(m => !string.IsNullOrEmpty(m.Code)).WithMessage("Security code must be 6 numbers"),
    };

    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(links.SignIn(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect(links.SignIn(ReturnUrl));
        await this.ThrowIfInvalidAsync(Rules);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code!.Replace(" ", ""), isPersistent: false, rememberClient: false);
        if (!result.Succeeded) await SignInModel.AuditFailureAsync(users, audit, user, "two-factor code", HttpContext);
        if (!result.Succeeded)
            this.Fail(nameof(Code), result.IsLockedOut
                ? "You have entered too many wrong codes. Wait 15 minutes and try again."
                : "The security code is wrong or has expired. Enter the code your app shows now.");
        await audit.WriteAsync(new AuditActor(user.Id, user.DisplayName), "Signed in with two-factor", "User", user.Id);
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl) ?? links.StaffHome());
    }
}
