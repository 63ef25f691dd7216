using Microsoft.AspNetCore.Identity;
using Voice.Data.Identity;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Demo staff accounts, one per role, seeded in Development only (see the README). They start
/// without two-factor, so the first sign-in walks through setting it up.
/// </summary>
public static class DemoData
{
    public const string Password = "Northfield-demo-2026";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Accounts =
    [
        ("admin@northfield.example", "Ada Admin", Roles.Administrator),
        ("practitioner@northfield.example", "Priya Practitioner", Roles.Practitioner),
        ("complaints@northfield.example", "Colin Complaints", Roles.ComplaintsOfficer),
        ("complaints.manager@northfield.example", "Maya Manager", Roles.ComplaintsManager),
        ("participation@northfield.example", "Pat Participation", Roles.ParticipationOfficer),
        ("qa@northfield.example", "Quinn Analyst", Roles.QaAnalyst),
        ("safeguarding@northfield.example", "Sam Safeguarding", Roles.SafeguardingDuty),
        ("health@northfield.example", "Hana Health", Roles.HealthTeam),
        ("content@northfield.example", "Cal Content", Roles.ContentEditor),
        ("inspector@northfield.example", "Izzy Inspector", Roles.YoungInspector),
        ("inspector.two@northfield.example", "Jay Inspector", Roles.YoungInspector),
        ("service.manager@northfield.example", "Sol Service-Manager", Roles.ServiceManager),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        await SeedAccountsAsync(services);
        await Features.Complaints.ComplaintsDemo.SeedAsync(services);
        await Features.Inspections.InspectionsDemo.SeedAsync(services);
        await Features.Quality.QualityDemo.SeedAsync(services);
    }

    public static async Task SeedAccountsAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<VoiceUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var (email, name, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new VoiceUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                CreatedAt = clock.GetUtcNow().UtcDateTime, InvitedBy = "demo data",
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
