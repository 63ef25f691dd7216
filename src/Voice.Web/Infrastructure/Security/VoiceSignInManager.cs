using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Voice.Data.Identity;

namespace Voice.Web.Infrastructure.Security;

/// <summary>A disabled account cannot sign in by any route, and its existing sessions end.</summary>
public class VoiceSignInManager(
    UserManager<VoiceUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<VoiceUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<VoiceUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<VoiceUser> confirmation)
    : SignInManager<VoiceUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(VoiceUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
