using Microsoft.AspNetCore.DataProtection;

namespace Voice.Web.Features.Complaints.Track;

/// <summary>
/// After the reference and code are checked, a short-lived, encrypted cookie says which
/// complaint this browser may see, so the code is never in later addresses. The cookie also
/// carries a stamp of the stored code, so a new tracking code (staff re-issuing it) ends every
/// session opened with the old one.
/// </summary>
public class TrackingAccess(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "voice-track";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Voice.Complaints.Tracking").ToTimeLimitedDataProtector();

    public void Grant(HttpResponse response, long complaintId, string trackingCodeHash)
    {
        var value = protector.Protect(complaintId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Stamp(trackingCodeHash), clock.GetUtcNow() + Lifetime);
        response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            Path = "/complaints/track", IsEssential = true, MaxAge = Lifetime,
        });
    }

    /// <summary>The complaint this browser may see, and the stamp of the code it was opened with.</summary>
    public (long Id, string Stamp)? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = protector.Unprotect(value, out var expires).Split(':', 2);
            return expires >= clock.GetUtcNow() && parts.Length == 2 && long.TryParse(parts[0], out var id) ? (id, parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Whether a session opened with a code whose hash had this stamp is still good for the code stored now.</summary>
    public static bool IsCurrent(string stamp, string trackingCodeHash) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(stamp), System.Text.Encoding.ASCII.GetBytes(Stamp(trackingCodeHash)));

    static string Stamp(string trackingCodeHash) => trackingCodeHash.Length > 16 ? trackingCodeHash[..16] : trackingCodeHash;
}
