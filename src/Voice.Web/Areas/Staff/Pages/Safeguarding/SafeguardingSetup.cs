using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Embeddings;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Areas.Staff.Pages.Safeguarding;

/// <summary>Registers the safeguarding screen, its one entry point, its jobs and its pages' helpers.</summary>
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
        services.AddSingleton<SafeguardingSampler>();
        services.AddScoped<SafeguardingIntake>();
        services.AddSingleton<SafeguardingEscalationJob>();
        services.AddSingleton<IBackgroundJob>(sp => sp.GetRequiredService<SafeguardingEscalationJob>());
        services.AddSingleton<SafeguardingRetrainJob>();
        services.AddSingleton<IBackgroundJob>(sp => sp.GetRequiredService<SafeguardingRetrainJob>());
    }
}
