using Microsoft.AspNetCore.DataProtection;

namespace Voice.Web.Pages.Complaints.Track;

/// <summary>
/// After the reference and code are checked, a short-lived, encrypted cookie says which
/// complaint this browser may see, so the code is never in later addresses.
/// </summary>
public class TrackingAccess(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "voice-track";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Voice.Complaints.Tracking").ToTimeLimitedDataProtector();

    public void Grant(HttpResponse response, long complaintId)
    {
        var value = protector.Protect(complaintId.ToString(System.Globalization.CultureInfo.InvariantCulture), clock.GetUtcNow() + Lifetime);
        response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            Path = "/complaints/track", IsEssential = true, MaxAge = Lifetime,
        });
    }

    public long? ComplaintId(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var text = protector.Unprotect(value, out var expires);
            return expires >= clock.GetUtcNow() && long.TryParse(text, out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
