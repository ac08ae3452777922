using System.Net;

namespace Briefing.Articles.Fetching;

/// <summary>Thrown from the connect step when a host resolves to an address the guard refuses.</summary>
public sealed class BlockedAddressException(string host, IPAddress address)
    : Exception($"{host} resolves to {address}, a private, local or reserved address")
{
    public string Host { get; } = host;
    public IPAddress Address { get; } = address;
}
