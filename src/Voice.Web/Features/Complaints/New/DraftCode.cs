using Microsoft.AspNetCore.DataProtection;

namespace Voice.Web.Features.Complaints.New;

/// <summary>
/// The tracking code and link token (<see cref="Voice.Data.Access.AccessSecret.Pack"/>) of a just-sent complaint, kept encrypted on its draft for an hour so the Done
/// page can show it again (after a double press of "Send", a refresh, or a second request that
/// lost the race). Only the draft's unguessable address opens it; the complaint itself keeps
/// only the code's hash. After the hour the Done page shows the reference alone.
/// </summary>
public static class DraftCode
{
    public static readonly TimeSpan ShownFor = TimeSpan.FromHours(1);
    const string Purpose = "Voice.Complaints.DraftTrackingCode";

    // The expiry is checked against the app's clock (not the data protection library's own), so tests can move it.
    public static string Protect(IDataProtectionProvider protection, TimeProvider clock, string code) =>
        protection.CreateProtector(Purpose).Protect((clock.GetUtcNow() + ShownFor).ToUnixTimeSeconds() + ":" + code);

    public static string? Unprotect(IDataProtectionProvider protection, TimeProvider clock, string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return null;
        try
        {
            var parts = protection.CreateProtector(Purpose).Unprotect(stored).Split(':', 2);
            return parts.Length == 2 && long.TryParse(parts[0], out var expires) && expires >= clock.GetUtcNow().ToUnixTimeSeconds() ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
