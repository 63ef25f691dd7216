using Microsoft.Extensions.Diagnostics.HealthChecks;
using Voice.Data.Feedback.Safeguarding;

namespace Voice.Web.Features.Safeguarding;

/// <summary>
/// Part of <c>/health/ready</c>: the safeguarding screen's meaning model (loaded and trained in the
/// background from the moment the app starts, about 10 s) is ready. Until then the node is not
/// ready (503), so a load balancer sends it no young person's answer to wait behind the model.
/// If the model could not be loaded or trained the node is ready but degraded (200): it works,
/// and every text the lexicon passes is flagged for a person to read (the screen fails safe), so
/// holding the node out of service would gain nothing. A lexicon-only screen
/// (<c>Voice:Safeguarding:Semantic</c> false) is ready at once.
/// </summary>
public sealed class SafeguardingModelHealthCheck(SafeguardingScreen screen) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(screen.Semantic?.Training switch
        {
            null => HealthCheckResult.Healthy("Lexicon only"),
            { IsCompletedSuccessfully: true } => HealthCheckResult.Healthy("Model ready"),
            { IsCompleted: true } => HealthCheckResult.Degraded("Model could not load: texts are flagged for a person to read"),
            _ => HealthCheckResult.Unhealthy("Model loading"),
        });
}
