using Microsoft.AspNetCore.Authorization;
using Voice.Data.Identity;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// Authorisation policies. Every staff policy needs a completed two-factor sign-in (the
/// "amr" claim is "mfa") and a role; the Staff policy accepts any staff role.
/// </summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string MfaClaim = "amr";
    public const string MfaValue = "mfa";

    public static string ForRole(string role) => "Role:" + role;

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser()
            .RequireClaim(MfaClaim, MfaValue)
            .RequireRole(Roles.All.Select(r => r.Name).ToArray()));
        foreach (var (name, _, _) in Roles.All)
            options.AddPolicy(ForRole(name), p => p.RequireAuthenticatedUser().RequireClaim(MfaClaim, MfaValue).RequireRole(name));
    }

    public static bool HasCompletedTwoFactor(this System.Security.Claims.ClaimsPrincipal user) =>
        user.HasClaim(MfaClaim, MfaValue);
}
