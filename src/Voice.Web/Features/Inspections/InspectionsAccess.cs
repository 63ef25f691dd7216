using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// Who opens young inspector audits: participation officers plan and run them, service managers
/// check facts, respond and own actions, QA analysts read everything. Young inspectors have
/// their own area (/inspectors). Every policy needs a completed two-factor sign-in.
/// </summary>
public static class InspectionsAccess
{
    public const string Staff = "Inspections";
    public const string Officer = "Inspections:Officer";
    public const string Manager = "Inspections:Manager";
    public const string Inspector = "Inspections:YoungInspector";
    /// <summary>The printable reports: the staff above, and young inspectors on the audit's team.</summary>
    public const string Readers = "Inspections:Readers";

    public static void Add(AuthorizationOptions options)
    {
        void Policy(string name, params string[] roles) =>
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireClaim(Policies.MfaClaim, Policies.MfaValue).RequireRole(roles));
        Policy(Staff, Roles.ParticipationOfficer, Roles.ServiceManager, Roles.QaAnalyst);
        Policy(Officer, Roles.ParticipationOfficer);
        Policy(Manager, Roles.ServiceManager);
        Policy(Inspector, Roles.YoungInspector);
        Policy(Readers, Roles.ParticipationOfficer, Roles.ServiceManager, Roles.QaAnalyst, Roles.YoungInspector);
    }

    public record Person(string Id, string Name, string? Email, bool TwoFactor);

    /// <summary>Active accounts holding a role, by name.</summary>
    public static Task<List<Person>> WithRoleAsync(VoiceDbContext db, string role, CancellationToken ct) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.DisplayName).Select(u => new Person(u.Id, u.DisplayName, u.Email, u.TwoFactorEnabled)).ToListAsync(ct);
}
