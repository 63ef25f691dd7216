using System.Security.Claims;
using Voice.Data.Audit;

namespace Voice.Web.Infrastructure.Security;

public static class CurrentActor
{
    /// <summary>The audit actor for a request: the signed-in person, or the public.</summary>
    public static AuditActor ToActor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue("name") ?? user.Identity.Name ?? "unknown")
            : AuditActor.Public;
}
