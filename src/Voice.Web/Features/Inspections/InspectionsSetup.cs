using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// Everything young inspector audits (issue 9) add to the app, registered from one line in VoiceApp:
/// the audit templates (loaded at start), who may open the staff pages, the young inspectors' own
/// pages (/inspectors) and the reports, "You said, we did" and the action reminders job.
/// </summary>
public static class InspectionsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.TryAddSingleton(sp => TaxonomyReader.Load(sp.GetRequiredService<VoicePaths>().Content));
        services.AddSingleton<InspectionTopics>();
        services.AddSingleton(sp => AuditTemplateLoader.LoadDirectory(
            Path.Combine(sp.GetRequiredService<VoicePaths>().Content, "audits"), sp.GetRequiredService<InspectionTopics>()));
        services.TryAddSingleton(_ => new SmallNumbers());
        services.AddAuthorization(InspectionsAccess.Add);
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeAreaFolder("Staff", "/Inspections", InspectionsAccess.Staff);
            o.Conventions.AuthorizeFolder("/Inspectors", InspectionsAccess.Inspector);
            o.Conventions.AuthorizeFolder("/Inspections", InspectionsAccess.Readers);
        });
        services.AddSingleton<InspectionLinks>();
        services.AddMemoryCache();
        services.AddSingleton<YouSaidWeDid.YouSaidWeDidCache>();
        services.AddScoped<InspectionWork>();
        services.AddSingleton<IBackgroundJob, ActionRemindersJob>();
    }
}
