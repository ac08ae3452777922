using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Library;

/// <summary>Runs the migrations when the host starts, before later-registered services touch the database.</summary>
internal sealed class LibraryMigrationService : IHostedService
{
    private readonly DatabaseMigrator _migrator;
    private readonly IDbConnectionFactory _connections;
    private readonly ILogger<LibraryMigrationService> _logger;

    public LibraryMigrationService(DatabaseMigrator migrator, IDbConnectionFactory connections, ILogger<LibraryMigrationService> logger)
    {
        _migrator = migrator;
        _connections = connections;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LibraryLog.Migrating(_logger, _connections.Provider);
        await _migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
