using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Briefing.Discord.Tests.Rest;

/// <summary>The whole stack (AddDiscordRest, IHttpClientFactory, real sockets) against a Discord-like server on loopback.</summary>
public sealed class LoopbackDiscordServerTests : IAsyncLifetime
{
    private const int BucketLimit = 2;
    private static readonly TimeSpan BucketWindow = TimeSpan.FromMilliseconds(300);
    private readonly ConcurrentQueue<(string Authorization, string UserAgent)> _seen = new();
    private readonly Lock _bucketLock = new();
    private LoopbackServer? _server;
    private int _remaining = BucketLimit;
    private DateTimeOffset _resetAt;
    private int _overruns;
    private readonly ConcurrentDictionary<string, bool> _deleted = new();

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync(MapDiscord);
    }

    private void MapDiscord(WebApplication app)
    {
        app.MapPost("/api/v10/channels/{channelId}/messages", (HttpContext context, string channelId) =>
        {
            _seen.Enqueue((context.Request.Headers.Authorization.ToString(), context.Request.Headers.UserAgent.ToString()));
            lock (_bucketLock)
            {
                var now = TimeProvider.System.GetUtcNow();
                if (now >= _resetAt)
                {
                    _remaining = BucketLimit;
                    _resetAt = now + BucketWindow;
                }
                var resetAfter = (_resetAt - now).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
                context.Response.Headers["X-RateLimit-Bucket"] = "loopback";
                context.Response.Headers["X-RateLimit-Limit"] = BucketLimit.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-RateLimit-Reset-After"] = resetAfter;
                if (_remaining == 0)
                {
                    _overruns++;
                    context.Response.Headers["X-RateLimit-Remaining"] = "0";
                    return Results.Json(new { message = "You are being rate limited.", retry_after = double.Parse(resetAfter, CultureInfo.InvariantCulture), global = false }, statusCode: 429);
                }
                _remaining--;
                context.Response.Headers["X-RateLimit-Remaining"] = _remaining.ToString(CultureInfo.InvariantCulture);
            }
            return Results.Text($$"""{"id":"{{Random.Shared.NextInt64(1, long.MaxValue)}}","channel_id":"{{channelId}}","author":{"id":"1","username":"Briefing","bot":true},"content":"ok"}""", "application/json");
        });
        // Discord answers 204 for a deleted original, 404 (10008) once it is gone.
        app.MapDelete("/api/v10/webhooks/{applicationId}/{token}/messages/@original", (string token) =>
            _deleted.TryAdd(token, true) ? Results.NoContent() : Results.Json(new { code = 10008, message = "Unknown Message" }, statusCode: 404));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private ServiceProvider BuildClientServices()
    {
        var address = _server!.BaseUrl;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "loopback-token",
            ["Discord:ApiBaseUrl"] = address + "/api/v10",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddDiscordRest(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Deleting_the_original_response_over_real_http_accepts_204_and_reports_a_second_delete_as_404()
    {
        await using var provider = BuildClientServices();
        var client = provider.GetRequiredService<IDiscordRestClient>();

        await client.DeleteOriginalResponseAsync(42, "itoken", CancellationToken.None);
        var again = await Assert.ThrowsAsync<DiscordRestException>(() => client.DeleteOriginalResponseAsync(42, "itoken", CancellationToken.None));

        Assert.True(_deleted.ContainsKey("itoken"));
        Assert.Equal(10008, again.DiscordCode);
        Assert.Equal("DELETE /webhooks/{application_id}/{interaction_token}/messages/@original", again.Route);
    }

    [Fact]
    public async Task A_burst_over_real_http_is_paced_by_the_learned_bucket_and_carries_the_headers()
    {
        await using var provider = BuildClientServices();
        var client = provider.GetRequiredService<IDiscordRestClient>();

        await client.CreateMessageAsync(5, MessagePayload.Text("learn"), CancellationToken.None);
        var burst = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.CreateMessageAsync(5, MessagePayload.Text($"burst {i}"), CancellationToken.None)));

        Assert.Equal(6, burst.Length);
        Assert.Equal(0, _overruns);
        Assert.Equal(7, _seen.Count);
        Assert.All(_seen, request =>
        {
            Assert.Equal("Bot loopback-token", request.Authorization);
            Assert.StartsWith("DiscordBot (", request.UserAgent);
        });
    }
}
