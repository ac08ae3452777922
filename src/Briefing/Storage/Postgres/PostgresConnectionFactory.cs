using System.Data.Common;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>Opens pooled PostgreSQL connections from one shared <see cref="NpgsqlDataSource"/>.</summary>
internal sealed class PostgresConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresConnectionFactory(StorageOptions options)
    {
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    }

    public StorageProvider Provider => StorageProvider.Postgres;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
