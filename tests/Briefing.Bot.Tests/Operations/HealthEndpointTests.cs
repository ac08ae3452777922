using System.Net;
using System.Net.Sockets;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Operations;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Tests.Operations;

/// <summary>The gateway bot on the fake Discord, with /healthz and /readyz on a loopback port, asked over HTTP (database checks on both providers).</summary>
public sealed class HealthEndpointTests(DatabaseFixture fixture) : FakeDiscordTest, IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<string, string?> OnLoopback = new() { ["Health:Urls"] = "http://127.0.0.1:0" };

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public override async Task DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_connected_bot_on_a_current_schema_is_live_and_ready()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: OnLoopback);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(bot, HealthEndpointService.LivenessPath));
        var (status, body) = await GetAsync(bot, HealthEndpointService.ReadinessPath);
        Assert.Equal(HttpStatusCode.OK, status);
        // The first line is the verdict; then each check, so an operator sees which shard or schema is the problem.
        Assert.Equal(["Healthy", $"database: schema at version {bot.Service<DatabaseMigrator>().LatestVersion}", "gateway: shard 0 connected"],
            body.TrimEnd('\n').Split('\n'));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_schema_behind_the_build_is_live_but_not_ready(string provider)
    {
        await using var database = await fixture.CreateAsync(provider);
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: OnLoopbackWith(database));
        await using (var connection = await bot.Service<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)");
        }

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(bot, HealthEndpointService.LivenessPath));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetVerdictAsync(bot, HealthEndpointService.ReadinessPath));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task An_unreachable_database_makes_the_bot_not_ready_until_it_is_back(string provider)
    {
        await using var real = await fixture.CreateAsync(provider);
        SwitchableConnectionFactory? database = null;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: OnLoopbackWith(real), configure: services =>
        {
            var factory = services.Last(d => d.ServiceType == typeof(IDbConnectionFactory));
            services.Replace(ServiceDescriptor.Singleton<IDbConnectionFactory>(provider =>
                database = new SwitchableConnectionFactory((IDbConnectionFactory)factory.ImplementationFactory!(provider))));
        });

        database!.Unreachable = true;
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetVerdictAsync(bot, HealthEndpointService.ReadinessPath));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(bot, HealthEndpointService.LivenessPath));

        database.Unreachable = false;
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetVerdictAsync(bot, HealthEndpointService.ReadinessPath));
    }

    [Fact]
    public async Task A_taken_port_costs_one_warning_and_the_bot_still_runs()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?> { ["Health:Urls"] = $"http://127.0.0.1:{port}" });

        Assert.Empty(bot.Service<HealthEndpointService>().BoundUrls);
        var warning = Assert.Single(bot.Logs.GetSnapshot(), log => log.Category?.EndsWith(nameof(HealthEndpointService), StringComparison.Ordinal) == true);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains($"127.0.0.1:{port}", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task In_http_mode_a_taken_port_stops_the_start_with_one_line_naming_the_address()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        using var key = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
        var error = new StringWriter();
        var settings = new BotLaunchSettings
        {
            Configuration = new Dictionary<string, string?>
            {
                ["Discord:Token"] = FakeDiscord.FakeDiscordIds.Token,
                ["Discord:ApiBaseUrl"] = DiscordServer.ApiBaseUrl,
                ["Storage:Provider"] = "sqlite",
                ["Storage:ConnectionString"] = $"Data Source={DatabasePath}",
                ["OpenAI:ApiKey"] = "",
                ["Retrieval:Embedder"] = "none",
                ["Discord:Interactions:Mode"] = "http",
                ["Discord:PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey)),
                ["Urls"] = $"http://127.0.0.1:{port}",
            },
            Output = new ConsoleOutput(TextWriter.Null, error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        };

        Assert.Equal(ExitCodes.BadInput, await BotHost.RunDiscordAsync(settings, CancellationToken.None));
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"Start-up failed: Discord:Interactions:Mode is http, but the interactions endpoint cannot listen on http://127.0.0.1:{port}: ", line, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> OnLoopbackWith(TestDatabase database) =>
        new(database.Settings) { ["Health:Urls"] = "http://127.0.0.1:0" };

    private async Task<(HttpStatusCode, string)> GetVerdictAsync(BotOnFakeDiscord bot, string path)
    {
        var (status, body) = await GetAsync(bot, path);
        return (status, body.Split('\n')[0]);
    }

    private async Task<(HttpStatusCode, string)> GetAsync(BotOnFakeDiscord bot, string path)
    {
        var baseUrl = Assert.Single(bot.Service<HealthEndpointService>().BoundUrls);
        using var response = await _http.GetAsync(new Uri(baseUrl + path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
