using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Admin;

/// <summary>
/// The administrators' pages (staff users, the audit log, erasure, the outbox's dead letters, the
/// working-day calendar), for administrators only, registered from one line in VoiceApp.
/// </summary>
public static class AdminSetup
{
    public static void Add(IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Admin", Policies.ForRole(Roles.Administrator)));
        services.AddSingleton<UserLinks>();
        services.AddSingleton<OutboxLinks>();
        services.AddSingleton<CalendarLinks>();
    }
}
