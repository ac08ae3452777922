using System.Net;
using Briefing.Articles.Fetching;

namespace Briefing.Tests.Articles;

public sealed class NetworkAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]          // loopback
    [InlineData("127.255.255.254")]
    [InlineData("10.0.0.1")]           // private 10/8
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]         // private 172.16/12
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]        // private 192.168/16
    [InlineData("169.254.169.254")]    // link-local / cloud metadata
    [InlineData("100.64.0.1")]         // CGNAT 100.64/10
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]            // 0/8
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.1")]          // multicast
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]    // broadcast
    [InlineData("240.0.0.1")]          // reserved 240/4
    [InlineData("192.0.2.10")]         // documentation
    [InlineData("198.18.0.1")]         // benchmarking
    [InlineData("::1")]                // IPv6 loopback
    [InlineData("::")]                 // unspecified
    [InlineData("fc00::1")]            // ULA fc00::/7
    [InlineData("fd12:3456:789a::1")]
    [InlineData("fe80::1")]            // link-local
    [InlineData("febf::1")]
    [InlineData("ff02::1")]            // multicast
    [InlineData("::ffff:127.0.0.1")]   // IPv4-mapped loopback
    [InlineData("::ffff:10.1.2.3")]    // IPv4-mapped private
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]        // IPv4-compatible loopback
    [InlineData("::192.168.0.1")]
    [InlineData("64:ff9b::127.0.0.1")] // NAT64 of loopback
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("2002:7f00:1::")]      // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:0101::1")]  // 6to4 of 192.168.1.1
    [InlineData("2001:db8::1")]        // documentation
    public void Refuses_local_private_and_reserved_addresses(string address)
    {
        Assert.True(NetworkAddressGuard.IsBlocked(IPAddress.Parse(address)), address);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("93.184.216.34")]
    [InlineData("172.15.255.255")]     // just below 172.16/12
    [InlineData("172.32.0.1")]         // just above 172.16/12
    [InlineData("100.63.255.255")]     // just below 100.64/10
    [InlineData("100.128.0.1")]        // just above 100.64/10
    [InlineData("169.253.255.255")]
    [InlineData("223.255.255.254")]    // just below multicast
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:82b::200e")]
    [InlineData("::ffff:8.8.8.8")]     // IPv4-mapped public
    [InlineData("64:ff9b::808:808")]   // NAT64 of 8.8.8.8
    [InlineData("2002:808:808::1")]    // 6to4 of 8.8.8.8
    public void Allows_public_unicast_addresses(string address)
    {
        Assert.False(NetworkAddressGuard.IsBlocked(IPAddress.Parse(address)), address);
    }

    [Theory]
    [InlineData("2130706433")]         // decimal 127.0.0.1
    [InlineData("0177.0.0.1")]         // octal
    [InlineData("0x7f.0.0.1")]         // hex
    [InlineData("0x7f000001")]
    [InlineData("127.1")]              // short form
    [InlineData("017700000001")]       // octal whole number
    public void Unusual_ipv4_spellings_are_judged_by_the_address_they_mean(string spelling)
    {
        Assert.True(IPAddress.TryParse(spelling, out var address), spelling);
        Assert.Equal(IPAddress.Loopback, address);
        Assert.True(NetworkAddressGuard.IsBlocked(address!));
    }
}
