using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Accounts;

/// <summary>
/// Queues the request (<see cref="PasswordResetJob"/> answers it): the page does the same work
/// whether or not the address has an account, so neither its answer nor its timing tells.
/// </summary>
[AllowAnonymous]
public class ForgotPasswordModel(VoiceDbContext db, TimeProvider clock, AccountLinks links) : PageModel
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
        db.PasswordResetRequests.Add(new PasswordResetRequest { Email = Email!.Trim(), RequestedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return Redirect(links.ForgotPasswordSent());
    }
}
