using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// A small fake Discord on 127.0.0.1 (random port): REST under <c>/api/v10</c> and a gateway WebSocket at
/// <c>/gateway</c>. It records every REST request for assertions and lets a test inject interactions,
/// messages and 429s. Start with <see cref="StartAsync"/>; point the bot's <c>Discord:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private const string ApiPrefix = "/api/v10";
    private LoopbackServer _server = null!;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];

    private FakeDiscordServer(FakeGateway gateway) => Gateway = gateway;

    public FakeDiscordWorld World { get; } = new();
    public FakeGateway Gateway { get; }
    public FakeRateLimits RateLimits { get; } = new();
    public FakeFaults Faults { get; } = new();
    public FakePostHold PostHold { get; } = new();
    /// <summary>Runs after a new channel message is stored and before Discord answers (the window a crash can fall into).</summary>
    public Func<JsonObject, CancellationToken, Task>? AfterCommit { get; set; }
    public string ApiBaseUrl { get; private set; } = "";
    public string GatewayUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests { get { lock (_gate) { return [.. _requests]; } } }

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var gateway = new FakeGateway();
        var fake = new FakeDiscordServer(gateway);
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.UseWebSockets();
            app.UseRouting();
            app.Use(fake.RecordAndLimitAsync);
            app.Map("/gateway", gateway.HandleAsync);
            var api = app.MapGroup(ApiPrefix);
            FakeApplicationEndpoints.Map(api, fake);
            FakeInteractionEndpoints.Map(api, fake);
            FakeChannelEndpoints.Map(api, fake);
        });
        fake.ApiBaseUrl = fake._server.BaseUrl + ApiPrefix;
        fake.GatewayUrl = fake._server.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
        gateway.ResumeUrl = fake.GatewayUrl;
        return fake;
    }

    /// <summary>Dispatches a slash command as INTERACTION_CREATE (using the id the bot registered for it).</summary>
    public async Task<FakeInteraction> SendCommandAsync(FakeSlashCommand command, CancellationToken cancellationToken)
    {
        var registered = World.Commands.OfType<JsonObject>().FirstOrDefault(c => (string?)c["name"] == command.Name);
        var interaction = new FakeInteraction
        {
            Id = FakeDiscordIds.NewId(), Token = "itoken-" + Guid.NewGuid().ToString("N"), ChannelId = command.ChannelId,
            DispatchedAt = DateTimeOffset.UtcNow,
        };
        World.AddInteraction(interaction);
        var commandId = (string?)registered?["id"] ?? FakeDiscordIds.NewId().ToString();
        await Gateway.DispatchAsync("INTERACTION_CREATE", command.ToPayload(interaction.Id, interaction.Token, commandId), cancellationToken);
        return interaction;
    }

    /// <summary>
    /// A slash command as Discord would POST it to an HTTP interactions endpoint: registered here (so its webhook works once
    /// acknowledged) but not dispatched on the gateway. Returns the interaction and its JSON body.
    /// </summary>
    public (FakeInteraction Interaction, JsonObject Payload) CreateHttpCommand(FakeSlashCommand command)
    {
        var registered = World.Commands.OfType<JsonObject>().FirstOrDefault(c => (string?)c["name"] == command.Name);
        var interaction = new FakeInteraction
        {
            Id = FakeDiscordIds.NewId(), Token = "itoken-" + Guid.NewGuid().ToString("N"), ChannelId = command.ChannelId,
            DispatchedAt = DateTimeOffset.UtcNow,
        };
        World.AddInteraction(interaction);
        return (interaction, command.ToPayload(interaction.Id, interaction.Token, (string?)registered?["id"] ?? FakeDiscordIds.NewId().ToString()));
    }

    /// <summary>A person (or another bot) posts in a channel; the bot receives MESSAGE_CREATE.</summary>
    public async Task<JsonObject> SendUserMessageAsync(ulong channelId, string content, CancellationToken cancellationToken, bool fromOtherBot = false)
    {
        var author = fromOtherBot ? FakeDiscordWorld.User(FakeDiscordIds.OtherBot, "other-bot", bot: true) : FakeDiscordWorld.User(FakeDiscordIds.User, "reader");
        var message = World.CreateMessage(channelId, author, new JsonObject { ["content"] = content }, out _);
        await Gateway.DispatchAsync("MESSAGE_CREATE", message, cancellationToken);
        return message;
    }

    /// <summary>Waits for a recorded REST request that matches (including ones already recorded).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_requests.FirstOrDefault(match) is { } already) return already;
            _waiters.Add((match, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate) { _waiters.RemoveAll(w => w.Done == done); }
            var seen = string.Join("\n", Requests.Select(r => $"{r.Method} {r.Path} -> {r.Status}"));
            throw new TimeoutException($"No matching Discord request within {timeout}. Requests so far:\n{seen}");
        }
    }

    internal async Task TryDispatchAsync(string eventName, JsonObject data, CancellationToken cancellationToken)
    {
        if (Gateway.Ready.IsCompleted) await Gateway.DispatchAsync(eventName, data, cancellationToken);
    }

    private async Task RecordAndLimitAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(ApiPrefix)) { await next(context); return; }
        PostHold.Saw(context);
        var endpoint = context.GetEndpoint() as RouteEndpoint;
        var route = endpoint?.RoutePattern.RawText is { } raw ? raw[(raw.IndexOf(ApiPrefix, StringComparison.Ordinal) + ApiPrefix.Length)..] : "(unknown)";
        var text = await ReadBodyAsync(context);
        context.Items[FakeResponses.BodyItemKey] = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        var authorization = context.Request.Headers.Authorization.ToString();
        var needsAuth = !route.StartsWith("/interactions", StringComparison.Ordinal) && !route.StartsWith("/webhooks", StringComparison.Ordinal);
        if (endpoint is null)
            await FakeResponses.Error(404, 0, "404: Not Found").ExecuteAsync(context);
        else if (needsAuth && authorization != "Bot " + FakeDiscordIds.Token)
            await FakeResponses.Error(401, 0, "401: Unauthorized").ExecuteAsync(context);
        else if (await RateLimits.AdmitAsync(context, context.Request.Method, route, BucketKey(route, context.Request.RouteValues)))
        {
            if (Faults.TakeError(context.Request.Method, route) is { } error)
                await FakeResponses.Error(error.Status, error.Code, "Injected failure").ExecuteAsync(context);
            else
                await next(context);
        }
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Record(new RecordedRequest(context.Request.Method, route, context.Request.Path.Value![ApiPrefix.Length..],
            string.IsNullOrWhiteSpace(text) ? null : text, headers, context.Response.StatusCode, TimeProvider.System.GetUtcNow()));
    }

    // Discord keys buckets by the top-level resource: channel, guild, or webhook id + token.
    private static string BucketKey(string route, RouteValueDictionary values) =>
        route + "|" + (values["channelId"] ?? values["guildId"] ?? (values["applicationId"] + "/" + values["token"]));

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }

    private void Record(RecordedRequest request)
    {
        List<TaskCompletionSource<RecordedRequest>> satisfied = [];
        lock (_gate)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
            {
                _waiters.Remove(waiter);
                satisfied.Add(waiter.Done);
            }
        }
        foreach (var done in satisfied) done.TrySetResult(request);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
