using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// Everything the complaints feature adds to the app (issue 3), registered from one line in VoiceApp:
/// who may open the staff pages, intake and tracking for the public, the staff services and the
/// reminders job.
/// </summary>
public static class ComplaintsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddAuthorization(ComplaintsAccess.Add);
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Complaints", ComplaintsAccess.Policy));
        services.AddSingleton<ComplaintLinks>();
        services.AddSingleton<Track.TrackingAccess>();
        services.AddScoped<ComplaintWork>();
        services.AddScoped<ComplaintIntake>();
        services.AddSingleton<ComplaintRemindersJob>();
        services.AddSingleton<IBackgroundJob>(sp => sp.GetRequiredService<ComplaintRemindersJob>());
    }
}
