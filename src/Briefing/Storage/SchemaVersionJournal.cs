using System.Data;
using System.Globalization;
using Dapper;
using DbUp.Engine;
using DbUp.Engine.Transactions;

namespace Briefing.Storage;

/// <summary>
/// DbUp's journal kept in the <c>schema_version</c> table that the hand-written migrator wrote (version, name,
/// applied_at), so databases it created upgrade as they are. Reading the journal is where a database newer than the
/// code is refused, and, on PostgreSQL, where the upgrade takes its advisory lock: it runs first in the upgrade's one
/// transaction, so instances starting together apply each script once, one after another.
/// </summary>
internal sealed class SchemaVersionJournal(Func<IConnectionManager> connections, MigrationScripts scripts, StorageProvider provider, TimeProvider time) : IJournal
{
    private const string CreateTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
    private const string AppliedVersions = "SELECT version FROM schema_version ORDER BY version";
    private const string RecordVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";
    // Held until the upgrade's transaction ends; the same key the hand-written migrator locked, so old and new builds
    // starting together also wait for each other. SQLite needs none: BeginTransaction there is BEGIN IMMEDIATE.
    private const string PostgresLock = "SELECT pg_advisory_xact_lock(7261001)";

    public string[] GetExecutedScripts() => connections().ExecuteCommandsWithManagedConnection(commands =>
    {
        var (connection, transaction) = Open(commands);
        if (provider == StorageProvider.Postgres)
        {
            connection.Execute(PostgresLock, transaction: transaction);
        }

        connection.Execute(CreateTable, transaction: transaction);
        var versions = connection.Query<int>(AppliedVersions, transaction: transaction).ToList();
        if (versions.Count > 0 && versions[^1] > scripts.Latest)
        {
            throw new SchemaVersionException(versions[^1], scripts.Latest);
        }

        return versions.Select(version => scripts.Names[version - 1]).ToArray();
    });

    public void StoreExecutedScript(SqlScript script, Func<IDbCommand> dbCommandFactory)
    {
        ArgumentNullException.ThrowIfNull(script);
        var (connection, transaction) = Open(dbCommandFactory);
        var (version, name) = scripts.Parse(script.Name);
        var appliedAt = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        connection.Execute(RecordVersion, new { Version = version, Name = name, AppliedAt = appliedAt }, transaction);
    }

    public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> dbCommandFactory)
    {
        var (connection, transaction) = Open(dbCommandFactory);
        connection.Execute(CreateTable, transaction: transaction);
    }

    // DbUp hands out commands already bound to its connection and transaction; Dapper runs on the same pair.
    private static (IDbConnection Connection, IDbTransaction? Transaction) Open(Func<IDbCommand> commands)
    {
        using var probe = commands();
        return (probe.Connection ?? throw new InvalidOperationException("DbUp handed out a command without a connection."), probe.Transaction);
    }
}
