using Microsoft.AspNetCore.Authorization;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Batches;

/// <summary>The performance team (participation officers and quality assurance analysts) sends journey-point questionnaires in bulk.</summary>
public static class BatchesAccess
{
    public const string Policy = "PerformanceTeam";
    public static readonly string[] RolesAllowed = [Roles.ParticipationOfficer, Roles.QaAnalyst];

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.RequireAuthenticatedUser()
            .RequireClaim(Policies.MfaClaim, Policies.MfaValue)
            .RequireRole(RolesAllowed));
}
