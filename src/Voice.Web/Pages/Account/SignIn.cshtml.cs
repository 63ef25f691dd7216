using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Pages.Account;

[AllowAnonymous]
public class SignInModel(SignInManager<VoiceUser> signIn, UserManager<VoiceUser> users, AuditWriter audit, AccountLinks links, ILogger<SignInModel> log) : PageModel
{
    /// <summary>One message for every failure, so nobody can learn which email addresses have accounts.</summary>
    public const string FailedMessage = "Enter a correct email address and password. If you have entered them wrongly 5 times, wait 15 minutes and try again.";

    static readonly InlineValidator<SignInModel> Rules = new()
    {
        v => v.RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address"),
        v => v.RuleFor(m => m.Email).MaximumLength(256).WithMessage("Email address must be 256 characters or fewer"),
        v => v.RuleFor(m => m.Password).NotEmpty().WithMessage("Enter your password"),
        v => v.RuleFor(m => m.Password).MaximumLength(200).WithMessage("Password must be 200 characters or fewer"),
    };

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [TempData] public string? Banner { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await this.ThrowIfInvalidAsync(Rules);
        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = SafeReturnUrl(ReturnUrl);
        if (result.RequiresTwoFactor) return Redirect(links.TwoFactor(returnUrl));
        if (result.Succeeded)
        {
            var user = await users.FindByEmailAsync(Email.Trim());
            await audit.WriteAsync(new AuditActor(user!.Id, user.DisplayName), "Signed in with password (two-factor not set up)", "User", user.Id);
            return Redirect(links.SetUpTwoFactor(returnUrl));
        }
        log.LogWarning("Failed sign-in (locked out: {LockedOut}, not allowed: {NotAllowed})", result.IsLockedOut, result.IsNotAllowed);
        this.Fail(nameof(Email), FailedMessage);
        return Page();
    }

    /// <summary>
    /// Only local paths are followed after sign-in. Browsers drop tabs and new lines from
    /// addresses, so "/\t/evil.example" would become "//evil.example": any control character or
    /// backslash refuses the address.
    /// </summary>
    public static string? SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") &&
        !url.Any(c => char.IsControl(c) || c == '\\') ? url : null;
}
