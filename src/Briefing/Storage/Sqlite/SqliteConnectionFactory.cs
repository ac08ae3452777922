using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Storage.Sqlite;

/// <summary>Opens SQLite connections in WAL mode with a busy timeout and foreign keys enforced.</summary>
internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private int _walApplied;

    public SqliteConnectionFactory(StorageOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        _busyTimeoutMs = (int)options.BusyTimeout.TotalMilliseconds;
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
    }

    public StorageProvider Provider => StorageProvider.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // busy_timeout and foreign_keys are per connection; journal_mode=WAL is stored in the file, so once is enough.
            var pragmas = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA foreign_keys = ON;";
            if (Interlocked.Exchange(ref _walApplied, 1) == 0)
            {
                pragmas += " PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            }

            await connection.ExecuteAsync(new CommandDefinition(pragmas, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
