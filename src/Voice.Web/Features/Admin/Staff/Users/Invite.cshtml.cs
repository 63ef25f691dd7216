using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Accounts;

namespace Voice.Web.Features.Admin.Staff.Users;

/// <summary>An administrator invites a staff member: the account is made with its roles and a link to set a password is emailed.</summary>
public class InviteModel(UserManager<VoiceUser> users, AuditWriter audit, Voice.Data.Outbox.Outbox outbox, AccountLinks accountLinks, UserLinks links, TimeProvider clock) : PageModel
{
    static readonly InlineValidator<InviteModel> Rules = new()
    {
        v => v.RuleFor(m => m.Name).NotEmpty().WithMessage("Enter their full name"),
        v => v.RuleFor(m => m.Name).MaximumLength(200).WithMessage("Full name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Email).NotEmpty().WithMessage("Enter their work email address"),
        v => v.RuleFor(m => m.Email).MaximumLength(256).WithMessage("Email address must be 256 characters or fewer"),
        v => v.RuleFor(m => m.Email).EmailAddress().When(m => !string.IsNullOrEmpty(m.Email))
              .WithMessage("Enter an email address in the correct format, like name@example.com"),
        v => v.RuleFor(m => m.SelectedRoles).NotEmpty().WithMessage("Select at least one role"),
        v => v.RuleForEach(m => m.SelectedRoles).Must(r => Roles.All.Any(a => a.Name == r)).WithMessage("Select a role from the list"),
    };

    public static IEnumerable<Choice> RoleChoices => Roles.All.Select(r => new Choice(r.Name, r.Label, r.Description));

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var address = Email!.Trim();
        if (await users.FindByEmailAsync(address) is not null)
            this.Fail(nameof(Email), "There is already an account with this email address");

        var inviter = User.ToActor();
        var user = new VoiceUser
        {
            UserName = address, Email = address, DisplayName = Name!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime, InvitedBy = inviter.Name,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors) this.AddError(nameof(Email), e.Description);
            this.ThrowIfInvalid();
        }
        await users.AddToRolesAsync(user, SelectedRoles.Distinct());
        var token = await users.GeneratePasswordResetTokenAsync(user);
        outbox.Email("account-invitation", address, "You have been invited to use Voice",
            $"Hello {user.DisplayName},\n\n{inviter.Name} has invited you to use Voice as: {string.Join(", ", SelectedRoles.Select(Roles.Label))}.\n\nSet up your account within 1 day using this link:\n\n{accountLinks.AcceptInvite(user.Id, token)}\n\nYou will also set up two-factor authentication, so have your phone ready.");
        await audit.WriteAsync(inviter, $"Invited staff member with roles: {string.Join(", ", SelectedRoles)}", "User", user.Id, ct: ct);
        TempData["Banner"] = $"Invitation sent to {address}";
        return Redirect(links.Details(user.Id));
    }
}
