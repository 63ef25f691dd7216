using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Complaints;

/// <summary>Complaints officers and managers open the complaints area; some decisions are for managers only.</summary>
public static class ComplaintsAccess
{
    public const string Policy = "Complaints";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.RequireAuthenticatedUser()
            .RequireClaim(Policies.MfaClaim, Policies.MfaValue)
            .RequireRole(Roles.ComplaintsOfficer, Roles.ComplaintsManager));

    public record Officer(string Id, string Name, string? Email);

    /// <summary>Everyone who can be assigned a complaint.</summary>
    public static Task<List<Officer>> OfficersAsync(VoiceDbContext db, CancellationToken ct) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id &&
                db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.ComplaintsOfficer || r.Name == Roles.ComplaintsManager))))
            .OrderBy(u => u.DisplayName).Select(u => new Officer(u.Id, u.DisplayName, u.Email)).ToListAsync(ct);

    public static Task<List<Officer>> ManagersAsync(VoiceDbContext db, CancellationToken ct) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id &&
                db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.ComplaintsManager)))
            .OrderBy(u => u.DisplayName).Select(u => new Officer(u.Id, u.DisplayName, u.Email)).ToListAsync(ct);
}
