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
public class ForgotPasswordModel(UserManager<VoiceUser> users, Voice.Data.Outbox.Outbox outbox, AuditWriter audit, AccountLinks links) : PageModel
{
    static readonly InlineValidator<ForgotPasswordModel> Rules = new()
    {
        v => v.RuleFor(m => m.Email).NotEmpty().WithMessage("Enter your email address"),
        v => v.RuleFor(m => m.Email).MaximumLength(256).WithMessage("Email address must be 256 characters or fewer"),
        v => v.RuleFor(m => m.Email).EmailAddress().When(m => !string.IsNullOrEmpty(m.Email))
              .WithMessage("Enter an email address in the correct format, like name@example.com"),
    };

    [BindProperty] public string? Email { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var user = await users.FindByEmailAsync(Email!.Trim());
        // The same page follows whether or not the account exists.
        if (user is { IsDisabled: false })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            outbox.Email("account-password-reset", user.Email!, "Reset your Voice password",
                $"Hello {user.DisplayName},\n\nSomeone asked to reset the password for your Voice account. If it was you, use this link within 1 day:\n\n{links.ResetPassword(user.Id, token)}\n\nIf it was not you, you can ignore this email: your password has not changed.");
            await audit.WriteAsync(AuditActor.Public, "Password reset requested", "User", user.Id, ct: ct);
        }
        return Redirect(links.ForgotPasswordSent());
    }
}
