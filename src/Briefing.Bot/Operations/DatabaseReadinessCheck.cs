using Briefing.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Bot.Operations;

/// <summary>Ready when the database answers and its schema is the version this build migrates to.</summary>
internal sealed class DatabaseReadinessCheck(DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        int current;
        try
        {
            current = await migrator.CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One line for the operator; the exception (connection strings can hide in it) stays out of the response.
            return HealthCheckResult.Unhealthy($"database unreachable ({ex.GetType().Name})");
        }

        var latest = migrator.LatestVersion;
        return current == latest
            ? HealthCheckResult.Healthy($"schema at version {current}")
            : HealthCheckResult.Unhealthy($"schema at version {current}, this build expects {latest}");
    }
}
