using System.Runtime.ExceptionServices;
using Dapper;
using DbUp;
using DbUp.Sqlite.Helpers;
using Microsoft.Extensions.Logging;

namespace Briefing.Storage;

/// <summary>
/// Brings the schema up to the newest embedded migration with DbUp. Safe to run on every start and from several
/// processes at once: the missing steps run in one transaction, recorded in <c>schema_version</c> (see
/// <see cref="SchemaVersionJournal"/>), and a database newer than the code is refused untouched.
/// </summary>
public sealed partial class DatabaseMigrator(IDbConnectionFactory connections, TimeProvider time, ILogger<DatabaseMigrator> logger)
{
    private const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    /// <summary>The newest schema version this build knows.</summary>
    public int LatestVersion => new MigrationScripts(connections.Provider).Latest;

    /// <summary>The schema version the database reports now (read-only; readiness compares it with <see cref="LatestVersion"/>).</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CurrentVersion, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Applies missing migrations and returns how many; throws <see cref="SchemaVersionException"/> when the database is newer than the code.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var provider = connections.Provider;
        var scripts = new MigrationScripts(provider);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var builder = provider == StorageProvider.Postgres
            ? DeployChanges.To.PostgresqlDatabase(new OpenedConnectionManager(connection))
            : DeployChanges.To.SqliteDatabase(new SharedConnection(connection));
        builder.Configure(configuration => configuration.Journal = new SchemaVersionJournal(() => configuration.ConnectionManager, scripts, provider, time));
        var engine = builder
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, scripts.Contains)
            .WithTransaction()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();

        // DbUp is synchronous: a cancellation is honoured before the upgrade starts, never halfway through a script.
        cancellationToken.ThrowIfCancellationRequested();
        var result = await Task.Run(engine.PerformUpgrade, CancellationToken.None).ConfigureAwait(false);
        if (!result.Successful)
        {
            ExceptionDispatchInfo.Throw(result.Error);
        }

        var applied = result.Scripts.ToList();
        foreach (var script in applied)
        {
            var (version, name) = scripts.Parse(script.Name);
            LogMigrationApplied(logger, version, name);
        }

        LogSchemaReady(logger, provider, scripts.Latest, applied.Count);
        return applied.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version} ({Name})")]
    private static partial void LogMigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Provider} schema at version {Version} ({Applied} migrations applied now)")]
    private static partial void LogSchemaReady(ILogger logger, StorageProvider provider, int version, int applied);
}
