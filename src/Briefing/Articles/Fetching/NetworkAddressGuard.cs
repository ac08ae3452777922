using System.Net;
using System.Net.Sockets;

namespace Briefing.Articles.Fetching;

/// <summary>
/// Decides whether an IP address is one a user-supplied URL may reach: only public unicast addresses are.
/// IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address.
/// </summary>
public static class NetworkAddressGuard
{
    private static readonly IPNetwork[] BlockedV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network"
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, includes cloud metadata 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),     // documentation
        IPNetwork.Parse("192.88.99.0/24"),   // 6to4 relay anycast
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("198.51.100.0/24"),  // documentation
        IPNetwork.Parse("203.0.113.0/24"),   // documentation
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, includes broadcast 255.255.255.255
    ];

    private static readonly IPNetwork[] BlockedV6 =
    [
        IPNetwork.Parse("::/128"),           // unspecified
        IPNetwork.Parse("::1/128"),          // loopback
        IPNetwork.Parse("64:ff9b:1::/48"),   // local-use NAT64
        IPNetwork.Parse("100::/64"),         // discard-only
        IPNetwork.Parse("2001::/32"),        // Teredo: the embedded client address is obfuscated, refuse outright
        IPNetwork.Parse("2001:db8::/32"),    // documentation
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // deprecated site-local
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork V4Compatible = IPNetwork.Parse("::/96");

    /// <summary>True when the address must not be connected to (unless private networks are explicitly allowed).</summary>
    public static bool IsBlocked(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsBlockedV4(address);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return IsBlockedV4(address.MapToIPv4());
        }

        if (BlockedV6.Any(range => range.Contains(address)))
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        if (V4Compatible.Contains(address) || Nat64.Contains(address))
        {
            return IsBlockedV4(new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (SixToFour.Contains(address))
        {
            return IsBlockedV4(new IPAddress(bytes.AsSpan(2, 4)));
        }

        return false;
    }

    private static bool IsBlockedV4(IPAddress address) => BlockedV4.Any(range => range.Contains(address));
}
