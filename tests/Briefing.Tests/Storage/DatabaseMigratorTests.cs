using System.Data.Common;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Dapper;

namespace Briefing.Tests.Storage;

public sealed class DatabaseMigratorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Migrates_an_empty_database_and_a_second_run_changes_nothing(string provider)
    {
        await using var db = await fixture.CreateAsync(provider, migrate: false);
        var migrator = db.Get<DatabaseMigrator>();

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(migrator.LatestVersion, first);
        Assert.Equal(0, second);
        await using var connection = await db.Get<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        Assert.Equal(migrator.LatestVersion, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(0, await db.Get<IArticleStore>().CountAsync(CancellationToken.None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Two_instances_migrating_at_once_apply_each_step_once(string provider)
    {
        await using var db = await fixture.CreateAsync(provider, migrate: false);
        var other = db.CreateServices();

        var results = await Task.WhenAll(
            db.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None),
            other.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));

        Assert.Equal(db.Get<DatabaseMigrator>().LatestVersion, results.Sum());
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_database_newer_than_the_code_fails_with_one_line_and_is_left_alone(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var migrator = db.Get<DatabaseMigrator>();
        var future = migrator.LatestVersion + 1;
        await using (var connection = await db.Get<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@future, 'from_the_future', 'x')", new { future });
        }

        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains($"version {future}", error.Message);
        await using var check = await db.Get<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        Assert.Equal(future, await check.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0, await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles"));
    }

    [SkippableFact]
    public async Task Sqlite_runs_in_wal_mode_with_foreign_keys_and_creates_its_folder()
    {
        await using var db = await fixture.CreateAsync(StorageProviders.Sqlite);
        await using DbConnection connection = await db.Get<IDbConnectionFactory>().OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.True(await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout") > 0);
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        Assert.True(File.Exists(dataSource));
    }
}
