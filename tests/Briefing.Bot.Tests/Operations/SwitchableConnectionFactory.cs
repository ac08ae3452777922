using System.Data.Common;
using System.Net.Sockets;
using Briefing.Storage;

namespace Briefing.Bot.Tests.Operations;

/// <summary>The real connection factory, with a switch that makes the next opens fail the way a vanished server does.</summary>
internal sealed class SwitchableConnectionFactory(IDbConnectionFactory inner) : IDbConnectionFactory
{
    public volatile bool Unreachable;

    public StorageProvider Provider => inner.Provider;

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        Unreachable ? throw new SocketException((int)SocketError.ConnectionRefused) : inner.OpenAsync(cancellationToken);
}
