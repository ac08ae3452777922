using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Storage;

/// <summary>Runs the migrations when the host starts, before later-registered services touch the database.</summary>
internal sealed class StorageMigrationService : IHostedService
{
    private readonly DatabaseMigrator _migrator;
    private readonly IDbConnectionFactory _connections;
    private readonly ILogger<StorageMigrationService> _logger;

    public StorageMigrationService(DatabaseMigrator migrator, IDbConnectionFactory connections, ILogger<StorageMigrationService> logger)
    {
        _migrator = migrator;
        _connections = connections;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        StorageLog.Migrating(_logger, _connections.Provider);
        await _migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
