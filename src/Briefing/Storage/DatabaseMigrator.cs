using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Briefing.Storage;

/// <summary>
/// Brings the schema up to the newest embedded migration. Safe to run on every start and from several
/// processes at once: each step runs in its own transaction and is recorded in <c>schema_version</c>.
/// </summary>
public sealed partial class DatabaseMigrator
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
    private const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
    private const string RecordVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";
    // Session-level advisory lock: concurrent instances starting together migrate one after another.
    private const string PostgresLock = "SELECT pg_advisory_lock(7261001)";
    private const string PostgresUnlock = "SELECT pg_advisory_unlock(7261001)";

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly ILogger<DatabaseMigrator> _logger;

    public DatabaseMigrator(IDbConnectionFactory connections, TimeProvider time, ILogger<DatabaseMigrator> logger)
    {
        _connections = connections;
        _time = time;
        _logger = logger;
    }

    /// <summary>The newest schema version this build knows.</summary>
    public int LatestVersion => DatabaseMigration.Load(_connections.Provider).Count;

    /// <summary>The schema version the database reports now (read-only; readiness compares it with <see cref="LatestVersion"/>).</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies missing migrations; throws <see cref="SchemaVersionException"/> when the database is newer than the code.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = DatabaseMigration.Load(_connections.Provider);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var postgres = _connections.Provider == StorageProvider.Postgres;
        if (postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(PostgresLock, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var applied = 0;
            foreach (var migration in migrations)
            {
                if (await ApplyAsync(connection, migration, migrations.Count, cancellationToken).ConfigureAwait(false))
                {
                    applied++;
                }
            }

            var version = await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
            if (version > migrations.Count)
            {
                throw new SchemaVersionException(version, migrations.Count);
            }

            LogSchemaReady(_logger, _connections.Provider, version, applied);
            return applied;
        }
        finally
        {
            if (postgres)
            {
                await connection.ExecuteAsync(new CommandDefinition(PostgresUnlock, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> ApplyAsync(DbConnection connection, DatabaseMigration migration, int codeVersion, CancellationToken cancellationToken)
    {
        // SQLite's BeginTransaction is BEGIN IMMEDIATE: the write lock is taken before the version is read.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (version > codeVersion)
        {
            throw new SchemaVersionException(version, codeVersion);
        }

        if (version >= migration.Version)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var appliedAt = _time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(new CommandDefinition(RecordVersion, new { migration.Version, migration.Name, AppliedAt = appliedAt }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogMigrationApplied(_logger, migration.Version, migration.Name);
        return true;
    }

    private static Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(CurrentVersion, transaction: transaction, cancellationToken: cancellationToken));

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version} ({Name})")]
    private static partial void LogMigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Provider} schema at version {Version} ({Applied} migrations applied now)")]
    private static partial void LogSchemaReady(ILogger logger, StorageProvider provider, int version, int applied);
}
