using System.Net;
using Briefing.Articles;
using Briefing.Articles.Fetching;

namespace Briefing.Tests.Articles;

/// <summary>The SSRF guard on real fetches, with Ingestion:AllowPrivateNetworks left at its default (false).</summary>
public sealed class SsrfFetchTests : IAsyncLifetime
{
    private LoopbackServer site = null!;

    public async Task InitializeAsync()
    {
        site = await LoopbackServer.StartAsync();
        site.MapContent("/secret", "text/html", "<p>internal admin page</p>");
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Theory]
    [InlineData("http://2130706433/")]                 // decimal 127.0.0.1
    [InlineData("http://0177.0.0.1/")]                 // octal
    [InlineData("http://0x7f.0.0.1/")]                 // hex
    [InlineData("http://127.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]         // mapped 169.254.169.254, hex spelling
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.0.1/admin")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://0.0.0.0/")]
    public async Task Literal_private_addresses_in_any_spelling_are_blocked(string url)
    {
        var fetcher = IngestionTestServices.Build(allowPrivateNetworks: false).GetRequiredService<GuardedHttpFetcher>();

        var error = await Assert.ThrowsAsync<IngestionException>(() => fetcher.FetchAsync(new Uri(url), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.BlockedAddress, error.Reason);
        Assert.Equal($"{url}: {GuardedHttpFetcher.BlockedAddressMessage}", error.Message);
    }

    [Fact]
    public async Task A_host_name_resolving_to_loopback_is_blocked_at_connect_time_and_never_reached()
    {
        var fetcher = IngestionTestServices.Build(allowPrivateNetworks: false).GetRequiredService<GuardedHttpFetcher>();
        var url = new Uri($"http://localhost:{site.BaseUri.Port}/secret");

        var error = await Assert.ThrowsAsync<IngestionException>(() => fetcher.FetchAsync(url, null, CancellationToken.None));

        Assert.Equal(IngestionFailure.BlockedAddress, error.Reason);
        Assert.Equal($"{url}: that link points to a private or local network address, which is not allowed", error.Message);
        Assert.Empty(site.Requests);
    }

    [Theory]
    [InlineData("http://localhost:{port}/secret", "127.0.0.1")]     // resolved at connect time
    [InlineData("http://0x7f.0.0.1:{port}/secret", "127.0.0.1")]    // a literal in a spelling the user may not recognise
    [InlineData("http://[fd00::1]/", "fd00::1")]
    public async Task A_blocked_fetch_tells_the_user_it_is_not_allowed_and_keeps_the_address_in_the_log(string template, string address)
    {
        var url = template.Replace("{port}", site.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var services = IngestionTestServices.Build(allowPrivateNetworks: false, configure: s => s.AddFakeLogging());
        var fetcher = services.GetRequiredService<GuardedHttpFetcher>();

        var error = await Assert.ThrowsAsync<IngestionException>(() => fetcher.FetchAsync(new Uri(url), null, CancellationToken.None));

        Assert.Equal($"{url}: that link points to a private or local network address, which is not allowed", error.Message);
        Assert.DoesNotContain("resolves", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(address, error.Message.Replace(url, "", StringComparison.Ordinal), StringComparison.Ordinal);
        var logged = Assert.Single(services.GetFakeLogCollector().GetSnapshot(), log => log.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains(address, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_host_is_fetched_when_private_networks_are_allowed()
    {
        var fetcher = IngestionTestServices.Build(allowPrivateNetworks: true).GetRequiredService<GuardedHttpFetcher>();

        var fetched = await fetcher.FetchAsync(new Uri($"http://localhost:{site.BaseUri.Port}/secret"), null, CancellationToken.None);

        Assert.Contains("internal admin page", fetched.DecodeText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:{port}/secret")]     // host name: caught by the connect callback
    [InlineData("http://2130706433:{port}/secret")]    // decimal literal: caught before connecting
    [InlineData("http://[::ffff:7f00:1]:{port}/secret")]
    public async Task A_redirect_from_a_public_site_to_a_private_address_is_blocked(string target)
    {
        var location = target.Replace("{port}", site.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // news.example stands in for a public site; it is answered in-process, everything else goes to the real guarded handler.
        var fetcher = IngestionTestServices.Build(allowPrivateNetworks: false, configure: services =>
            services.AddHttpClient(GuardedHttpFetcher.HttpClientName).AddHttpMessageHandler(() => new PublicSiteRedirect("news.example", location)))
            .GetRequiredService<GuardedHttpFetcher>();

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            fetcher.FetchAsync(new Uri("http://news.example/story"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.BlockedAddress, error.Reason);
        Assert.Equal($"http://news.example/story: {GuardedHttpFetcher.BlockedAddressMessage}", error.Message);
        Assert.Empty(site.Requests);
    }

    /// <summary>Answers requests for one public-looking host with a redirect; passes every other host on.</summary>
    private sealed class PublicSiteRedirect(string host, string location) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Host != host)
            {
                return base.SendAsync(request, cancellationToken);
            }

            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri(location);
            return Task.FromResult(response);
        }
    }
}
