using Microsoft.Extensions.Diagnostics.HealthChecks;
using Voice.Data;

namespace Voice.Web.Infrastructure;

/// <summary>Ready means the database answers.</summary>
public class DatabaseHealthCheck(VoiceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy("Database reachable")
            : HealthCheckResult.Unhealthy("Database unreachable");
}
