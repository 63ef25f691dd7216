using System.Security.Claims;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Accounts;

/// <summary>
/// Every staff account must use an authenticator app. Signed in with a password only, a person
/// lands here, scans the QR code, proves it works with one code and gets their recovery codes.
/// </summary>
public class SetUpTwoFactorModel(
    UserManager<VoiceUser> users, SignInManager<VoiceUser> signIn, AuditWriter audit, AccountLinks links, IOptions<VoiceOptions> options) : PageModel
{
    static readonly InlineValidator<SetUpTwoFactorModel> Rules = new()
    {
        v => v.RuleFor(m => m.Code).NotEmpty().WithMessage("Enter the 6-digit security code from your authenticator app"),
        v => v.RuleFor(m => m.Code).Matches("^[0-9 ]{6,8}$").When(m => !string.IsNullOrEmpty(m.Code)).WithMessage("Security code must be 6 numbers"),
    };

    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [TempData] public string? RecoveryCodesText { get; set; }

    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect(links.SignIn(ReturnUrl));
        if (user.TwoFactorEnabled && User.HasCompletedTwoFactor()) return Redirect(links.StaffHome());
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect(links.SignIn(ReturnUrl));
        await LoadKeyAsync(user);
        await this.ThrowIfInvalidAsync(Rules);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code!.Replace(" ", ""));
        if (!valid) this.Fail(nameof(Code), "The security code is wrong or has expired. Enter the code your app shows now.");

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await audit.WriteAsync(new AuditActor(user.Id, user.DisplayName), "Set up two-factor authentication", "User", user.Id);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(Policies.MfaClaim, Policies.MfaValue)]);
        RecoveryCodesText = string.Join('\n', codes);
        return Redirect(links.RecoveryCodes(SignInModel.SafeReturnUrl(ReturnUrl)));
    }

    async Task LoadKeyAsync(VoiceUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = Grouped(key!);
        var issuer = Uri.EscapeDataString($"{options.Value.Council.ServiceName} ({options.Value.Council.Name})");
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        using var data = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    static string Grouped(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return sb.ToString().TrimEnd().ToLowerInvariant();
    }
}
