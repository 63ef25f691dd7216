using Voice.Data.Analytics.Themes;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Infrastructure.Themes;

/// <summary>The themes engine in the app (issue 8): the tagger, QA's theme store and the retrain job.</summary>
public static class ThemesSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<ThemeTaggerService>();
        services.AddSingleton<IThemeTagger>(sp => sp.GetRequiredService<ThemeTaggerService>());
        services.AddScoped<ThemeStore>();
        services.AddSingleton<IBackgroundJob, ThemeRetrainJob>();
    }
}
