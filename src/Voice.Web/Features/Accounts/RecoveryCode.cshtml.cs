using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Accounts;

/// <summary>Sign in with one of the recovery codes given when two-factor was set up. Each works once.</summary>
[AllowAnonymous]
public class RecoveryCodeModel(SignInManager<VoiceUser> signIn, UserManager<VoiceUser> users, AuditWriter audit, AccountLinks links) : PageModel
{
    static readonly InlineValidator<RecoveryCodeModel> Rules = new()
    {
        v => v.RuleFor(m => m.Code).NotEmpty().WithMessage("Enter one of your recovery codes"),
        v => v.RuleFor(m => m.Code).MaximumLength(40).WithMessage("Recovery code must be 40 characters or fewer"),
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
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code!.Replace(" ", ""));
        if (!result.Succeeded) await SignInModel.AuditFailureAsync(users, audit, user, "recovery code", HttpContext);
        if (!result.Succeeded) this.Fail(nameof(Code), "That recovery code is wrong or has already been used");
        var left = await users.CountRecoveryCodesAsync(user);
        await audit.WriteAsync(new AuditActor(user.Id, user.DisplayName), $"Signed in with a recovery code ({left} left)", "User", user.Id);
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl) ?? links.StaffHome());
    }
}
