using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Dapper;

namespace Briefing.Tests.Library;

/// <summary>
/// Databases created by the hand-written migrator (before DbUp) carry a <c>schema_version</c> table with one row per
/// applied step. DbUp keeps its journal in that very table, so such a database upgrades in place.
/// </summary>
public sealed class LegacySchemaUpgradeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int LegacyVersion = 2;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_database_the_old_migrator_left_at_version_two_gets_the_later_steps_and_keeps_its_rows(string provider)
    {
        await using var db = await fixture.CreateAsync(provider, migrate: false);
        var migrator = db.Get<DatabaseMigrator>();
        var scripts = new MigrationScripts(db.Get<IDbConnectionFactory>().Provider);
        await using (var connection = await db.Get<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            // What the old migrator did for each step: run the script, then record (version, name, applied_at).
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var resource in scripts.Names.Take(LegacyVersion))
            {
                await connection.ExecuteAsync(Read(resource));
                var (version, name) = scripts.Parse(resource);
                await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, '2026-01-01T00:00:00.0000000+00:00')", new { version, name });
            }

            await connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES ('written_before_the_upgrade', 'kept')");
        }

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(migrator.LatestVersion - LegacyVersion, applied);
        await using var check = await db.Get<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var rows = (await check.QueryAsync<(int Version, string Name)>("SELECT version, name FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(Enumerable.Range(1, migrator.LatestVersion), rows.Select(row => row.Version));
        Assert.Equal(scripts.Names.Select(resource => scripts.Parse(resource).Name), rows.Select(row => row.Name));
        Assert.Equal(migrator.LatestVersion, await migrator.CurrentVersionAsync(CancellationToken.None));
        Assert.Equal("kept", await check.ExecuteScalarAsync<string>("SELECT value FROM settings WHERE key = 'written_before_the_upgrade'"));
        Assert.Equal(0, await migrator.MigrateAsync(CancellationToken.None));
    }

    private static string Read(string resource)
    {
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
