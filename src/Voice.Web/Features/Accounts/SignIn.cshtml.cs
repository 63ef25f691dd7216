using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Accounts;

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
        await AuditFailureAsync(users, audit, await users.FindByEmailAsync(Email.Trim()), "password", HttpContext);
        this.Fail(nameof(Email), FailedMessage);
        return Page();
    }

    /// <summary>
    /// Every failed sign-in step is in the audit log, against the account when the address has one
    /// (an unknown address is not written down), and the failure that locks an account says so.
    /// </summary>
    public static async Task AuditFailureAsync(UserManager<VoiceUser> users, AuditWriter audit, VoiceUser? user, string step, HttpContext context)
    {
        var from = context.Connection.RemoteIpAddress?.ToString() ?? "unknown address";
        if (user is null)
        {
            await audit.WriteAsync(AuditActor.Public, "Sign-in failed", "User", null, $"{step}, no account with that email address, from {from}");
            return;
        }
        var locked = await users.IsLockedOutAsync(user);
        await audit.WriteAsync(AuditActor.Public, locked ? "Account locked after failed sign-ins" : "Sign-in failed", "User", user.Id, $"{step}, from {from}");
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
