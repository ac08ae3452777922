using Microsoft.Data.Sqlite;
using Npgsql;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Real databases for a test class (<c>IClassFixture&lt;DatabaseFixture&gt;</c>): a temp SQLite file per test, and
/// one uniquely named PostgreSQL database per class (dropped at the end) with a fresh schema per test.
/// A PostgreSQL test skips when the server is unreachable, and fails instead when env <c>CI</c> is set.
/// Tests using it must be <c>[SkippableTheory]</c>/<c>[SkippableFact]</c>.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _postgresDatabase;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh, migrated database (unless <paramref name="migrate"/> is false) with the library registered.</summary>
    public async Task<TestDatabase> CreateAsync(string provider, Action<IServiceCollection>? configureServices = null, bool migrate = true)
    {
        var connectionString = provider switch
        {
            StorageProviders.Sqlite => NewSqliteConnectionString(),
            StorageProviders.Postgres => await NewPostgresSchemaAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
        };
        var database = new TestDatabase(provider, connectionString, configureServices);
        if (migrate)
        {
            await database.MigrateAsync();
        }

        return database;
    }

    public async Task DisposeAsync()
    {
        if (_postgresDatabase is null)
        {
            return;
        }

        await using var admin = new NpgsqlConnection(PostgresServer.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string NewSqliteConnectionString()
    {
        // The store creates the folder itself; the test leaves that to it on purpose. TestDatabase deletes it.
        var folder = Path.Combine(Path.GetTempPath(), TempDirectory.Prefix + "db-" + Guid.NewGuid().ToString("N"));
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "briefing.db") }.ToString();
    }

    private async Task<string> NewPostgresSchemaAsync()
    {
        var unreachable = await PostgresServer.UnreachableReasonAsync();
        if (unreachable is not null && PostgresServer.IsCi)
        {
            throw new InvalidOperationException($"{unreachable} (CI is set, so this fails instead of skipping)");
        }

        Skip.If(unreachable is not null, unreachable);
        var database = await EnsurePostgresDatabaseAsync();
        var schema = "t_" + Guid.NewGuid().ToString("N");
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = database };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        builder.SearchPath = schema;
        return builder.ConnectionString;
    }

    private async Task<string> EnsurePostgresDatabaseAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_postgresDatabase is null)
            {
                var name = "briefing_test_" + Guid.NewGuid().ToString("N");
                await using var admin = new NpgsqlConnection(PostgresServer.ConnectionString);
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
                _postgresDatabase = name;
            }

            return _postgresDatabase;
        }
        finally
        {
            _gate.Release();
        }
    }
}
