using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Identity;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Views;

/// <summary>
/// Everything "views before reviews" (issue 4) adds to the app, registered from one line in VoiceApp:
/// the questionnaires (loaded at start), the young person's pages, the practitioners' pages and who
/// may open them, and the jobs that remind and chase.
/// </summary>
public static class ViewsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(sp => Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.LoadDirectory(
            Path.Combine(sp.GetRequiredService<VoicePaths>().Content, "questionnaires")));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Views", Policies.ForRole(Roles.Practitioner)));
        services.AddSingleton<ViewLinks>();
        services.AddScoped<ViewSession>();
        services.AddScoped<AnswerWriter>();
        services.AddSingleton<InvitationLinks>();
        services.AddSingleton<IBackgroundJob, BulkInvitationRemindersJob>();
        services.AddSingleton<IBackgroundJob, UnreadViewsChaseJob>();
    }
}
