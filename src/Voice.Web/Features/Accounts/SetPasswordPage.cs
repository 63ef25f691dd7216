using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Accounts;

/// <summary>
/// Choosing a password from an emailed link: after "forgotten password" and when accepting an
/// invitation. The link carries a single-use token bound to the account's security stamp.
/// </summary>
[AllowAnonymous]
public abstract class SetPasswordPage(UserManager<VoiceUser> users, AuditWriter audit) : PageModel
{
    static readonly InlineValidator<SetPasswordPage> Rules = new()
    {
        v => v.RuleFor(m => m.Password).NotEmpty().WithMessage("Enter a new password"),
        v => v.RuleFor(m => m.Password).MinimumLength(12).When(m => !string.IsNullOrEmpty(m.Password)).WithMessage("Password must be 12 characters or more"),
        v => v.RuleFor(m => m.Password).MaximumLength(200).WithMessage("Password must be 200 characters or fewer"),
        v => v.RuleFor(m => m.ConfirmPassword).NotEmpty().WithMessage("Enter your new password again"),
        v => v.RuleFor(m => m.ConfirmPassword).Equal(m => m.Password).When(m => !string.IsNullOrEmpty(m.ConfirmPassword))
              .WithMessage("The passwords do not match"),
    };

    [BindProperty(SupportsGet = true)] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [TempData] public string? Banner { get; set; }

    public bool LinkInvalid { get; private set; }
    protected abstract bool IsInvite { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        LinkInvalid = user is null || user.IsDisabled || Token is null ||
                      !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<VoiceUser>.ResetPasswordTokenPurpose, Token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null || user.IsDisabled || Token is null)
        {
            LinkInvalid = true;
            return Page();
        }
        await this.ThrowIfInvalidAsync(Rules);
        var result = await users.ResetPasswordAsync(user, Token, Password!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                LinkInvalid = true;
                return Page();
            }
            foreach (var e in result.Errors) this.AddError(nameof(Password), e.Description);
            this.ThrowIfInvalid();
        }
        if (IsInvite && !user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(new AuditActor(user.Id, user.DisplayName), IsInvite ? "Accepted invitation and set a password" : "Reset password", "User", user.Id);
        if (await NextAsync(user) is { } next) return next;
        Banner = IsInvite ? "Your account is ready. Sign in to set up two-factor authentication." : "Your password has been changed. Sign in with your new password.";
        return RedirectToPage("/Account/SignIn");
    }

    /// <summary>Where to go once the password is set, instead of signing in again; null for the sign-in page.</summary>
    protected virtual Task<IActionResult?> NextAsync(VoiceUser user) => Task.FromResult<IActionResult?>(null);
}
