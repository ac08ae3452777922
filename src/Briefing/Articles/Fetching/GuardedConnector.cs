using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Briefing.Articles.Fetching;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> behind every ingestion fetch: it resolves the host itself,
/// refuses the connection if ANY resolved address is blocked, and then connects to exactly the addresses it
/// checked. Because the check and the connect use the same resolved list, a DNS answer cannot change in between
/// (no rebinding window), and every redirect hop goes through here again.
/// </summary>
public sealed class GuardedConnector(IOptions<IngestionOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (!options.Value.AllowPrivateNetworks)
        {
            foreach (var address in addresses)
            {
                if (NetworkAddressGuard.IsBlocked(address))
                {
                    throw new BlockedAddressException(host, address);
                }
            }
        }

        Exception? lastError = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                lastError = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw lastError ?? new SocketException((int)SocketError.HostNotFound);
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        // IPAddress.TryParse accepts the inet_aton spellings (2130706433, 0177.0.0.1, 0x7f.1) exactly as the
        // resolver would, so a literal is judged by the address it really means.
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        var resolved = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        return resolved.Length > 0 ? resolved : throw new SocketException((int)SocketError.HostNotFound);
    }
}
