using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// Staff sessions end after <see cref="IdleTimeout"/> without a request (the cookie slides) and,
/// however busy, <see cref="MaxLifetime"/> after signing in (issue 12). The sign-in time is kept in
/// the session's own properties, which sliding renewal and security stamp refreshes carry over.
/// </summary>
public static class StaffSessions
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(10);
    const string StartedKey = "voice.signed-in-at";

    public static void Configure(CookieAuthenticationOptions o)
    {
        o.ExpireTimeSpan = IdleTimeout;
        o.SlidingExpiration = true;
        var signingIn = o.Events.OnSigningIn;
        o.Events.OnSigningIn = context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items.TryAdd(StartedKey, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return signingIn(context);
        };
        var validate = o.Events.OnValidatePrincipal;
        o.Events.OnValidatePrincipal = async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!context.Properties.Items.TryGetValue(StartedKey, out var started) || !long.TryParse(started, out var seconds)
                || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > MaxLifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }
            await validate(context);
        };
    }
}
