using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Identity;
using Voice.Data.Text.Embeddings;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Safeguarding;

/// <summary>
/// Registers the safeguarding screen (issue 13), its one entry point for all free text, its jobs
/// (escalation of overdue flags, retraining when staff add examples), its pages and who may open them.
/// </summary>
public static class SafeguardingSetup
{
    public const string ExamplesFile = "safeguarding-examples.csv";
    public const string LexiconFile = "safeguarding.json";

    /// <summary>
    /// The lexicon from <c>themes/safeguarding.json</c> and, unless <c>Voice:Safeguarding:Semantic</c>
    /// is false, the semantic signal trained on <c>themes/safeguarding-examples.csv</c> with the
    /// shared sentence encoder (loaded once per process).
    /// </summary>
    public static SafeguardingScreen CreateScreen(string themesFolder, IConfiguration config)
    {
        var lexicon = Path.Combine(themesFolder, LexiconFile);
        return config.GetValue("Voice:Safeguarding:Semantic", true)
            ? SafeguardingScreen.Load(lexicon, LabelledText.LoadCsv(Path.Combine(themesFolder, ExamplesFile)), texts => SentenceEncoder.Shared.Encode(texts), SentenceEncoder.ModelName)
            : SafeguardingScreen.Load(lexicon);
    }

    public static void Add(IServiceCollection services)
    {
        // The lexicon and the semantic signal, trained in the background from start (VoiceApp.Prepare
        // makes the screen); a screen before then waits for it, and /health/ready says not ready.
        services.AddSingleton(sp => CreateScreen(Path.Combine(sp.GetRequiredService<VoicePaths>().Content, "themes"), sp.GetRequiredService<IConfiguration>()));
        // Not ready until the model is (degraded, still ready, if it could not load).
        services.AddHealthChecks().AddCheck<SafeguardingModelHealthCheck>("safeguarding-model", tags: ["ready"]);
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Safeguarding", Policies.ForRole(Roles.SafeguardingDuty)));
        services.AddSingleton<SafeguardingLinks>();
        services.AddSingleton<SafeguardingSampler>();
        services.AddScoped<SafeguardingIntake>();
        services.AddSingleton<SafeguardingEscalationJob>();
        services.AddSingleton<IBackgroundJob>(sp => sp.GetRequiredService<SafeguardingEscalationJob>());
        services.AddSingleton<SafeguardingRetrainJob>();
        services.AddSingleton<IBackgroundJob>(sp => sp.GetRequiredService<SafeguardingRetrainJob>());
    }
}
