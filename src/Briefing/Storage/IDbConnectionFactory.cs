using System.Data.Common;

namespace Briefing.Storage;

/// <summary>Opens ready-to-use connections to the configured database (pragmas applied, folder created).</summary>
public interface IDbConnectionFactory
{
    StorageProvider Provider { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
