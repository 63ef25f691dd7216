using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Identity;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Quality;

/// <summary>
/// The quality assurance area (issue 8): QA analysts read and act; service managers read only.
/// </summary>
public static class QualityAccess
{
    public const string ReadPolicy = "QualityRead";
    public static readonly string[] Readers = [Roles.QaAnalyst, Roles.ServiceManager];

    public static bool CanAct(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(Roles.QaAnalyst);

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(ReadPolicy, p => p.RequireAuthenticatedUser().RequireClaim(Policies.MfaClaim, Policies.MfaValue).RequireRole(Readers));
}

public static class QualitySetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddAuthorization(QualityAccess.Add);
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AuthorizeAreaFolder("Staff", "/Quality", QualityAccess.ReadPolicy));
        // The smallest group shown: a setting, never below SmallNumbers.Floor (the constructor refuses it).
        services.AddSingleton(sp => new SmallNumbers(sp.GetRequiredService<IConfiguration>().GetValue("Voice:Privacy:MinimumGroup", SmallNumbers.DefaultMinimum)));
        services.TryAddSingleton(sp => TaxonomyReader.Load(sp.GetRequiredService<VoicePaths>().Content));
        services.AddScoped(sp => new FeedbackIngest(sp.GetRequiredService<VoiceDbContext>(), sp.GetRequiredService<QuestionnaireCatalog>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<IThemeTagger>()));
        services.AddScoped<FeedbackFigures>();
        services.AddSingleton<QualityLinks>();
        services.AddSingleton<IBackgroundJob, FeedbackJob>();
        services.AddSingleton<IBackgroundJob, AfterComplaintInvitationJob>();
    }
}
