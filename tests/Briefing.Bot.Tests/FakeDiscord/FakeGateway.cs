using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// The fake gateway: HELLO, IDENTIFY (wrong token closes 4004), READY + GUILD_CREATE, heartbeat ACKs,
/// RESUME with replay, and dispatches that honour the MESSAGE_CONTENT intent like Discord.
/// </summary>
public sealed class FakeGateway
{
    private const int MessageContentIntent = 1 << 15;
    private readonly Lock _gate = new();
    private readonly List<(string SessionId, int Sequence, JsonObject Payload)> _history = [];
    private readonly List<JsonObject> _identifies = [];
    private readonly List<JsonObject> _resumes = [];
    private readonly List<FakeGatewayHandshake> _handshakes = [];
    private readonly Dictionary<string, int> _sessionSequence = [];
    private readonly Dictionary<string, int> _sessionShard = [];
    private FakeGatewayConnection? _current;
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where RESUME must connect (READY's <c>resume_gateway_url</c>).</summary>
    public string ResumeUrl { get; set; } = "";

    /// <summary>Sent in HELLO; Discord uses 41250 ms.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41250;

    public int Connections { get; private set; }

    /// <summary>GET /gateway/bot's <c>session_start_limit.max_concurrency</c>: IDENTIFY buckets are <c>shard % this</c>.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Every IDENTIFY received and READY/RESUMED sent, with the shard and the time, across all connections.</summary>
    public IReadOnlyList<FakeGatewayHandshake> Handshakes { get { lock (_gate) { return [.. _handshakes]; } } }

    public IReadOnlyList<JsonObject> Identifies { get { lock (_gate) { return [.. _identifies]; } } }

    public IReadOnlyList<JsonObject> Resumes { get { lock (_gate) { return [.. _resumes]; } } }

    /// <summary>Completes when a bot is identified (or resumed) and receives dispatches.</summary>
    public Task Ready { get { lock (_gate) { return _ready.Task; } } }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest) { context.Response.StatusCode = 400; return; }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket);
        var stopping = context.RequestAborted;
        lock (_gate) { Connections++; }
        await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } }, stopping);
        while (await connection.ReceiveAsync(stopping) is { } payload)
        {
            switch ((int?)payload["op"])
            {
                case 1:
                    connection.Heartbeats++;
                    await connection.SendAsync(new JsonObject { ["op"] = 11 }, stopping);
                    break;
                case 2:
                    await IdentifyAsync(connection, payload["d"]!.AsObject(), stopping);
                    break;
                case 6:
                    await ResumeAsync(connection, payload["d"]!.AsObject(), stopping);
                    break;
            }
        }
        lock (_gate)
        {
            if (_current == connection) { _current = null; _ready = new(TaskCreationOptions.RunContinuationsAsynchronously); }
        }
        await connection.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
    }

    /// <summary>Sends a dispatch (op 0) to the live session; kept for replay on RESUME. Returns the sequence.</summary>
    public async Task<int> DispatchAsync(string eventName, JsonObject data, CancellationToken cancellationToken)
    {
        FakeGatewayConnection? connection;
        int sequence;
        lock (_gate)
        {
            connection = _current ?? throw new InvalidOperationException("No bot is connected to the fake gateway.");
            sequence = ++connection.LastSequence;
            _sessionSequence[connection.SessionId!] = sequence;
        }
        var visible = (JsonObject)data.DeepClone();
        if (eventName == "MESSAGE_CREATE" && (connection.Intents & MessageContentIntent) == 0 && !MentionsOrIsBot(visible))
            visible["content"] = "";
        var payload = new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = sequence, ["d"] = visible };
        lock (_gate) { _history.Add((connection.SessionId!, sequence, payload)); }
        await connection.SendAsync(payload, cancellationToken);
        return sequence;
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonObject identify, CancellationToken cancellationToken)
    {
        var redacted = (JsonObject)identify.DeepClone();
        redacted["token"] = (string?)identify["token"] == FakeDiscordIds.Token ? "<valid>" : "<invalid>";
        connection.Shard = (int?)identify["shard"]?[0] ?? 0;
        lock (_gate)
        {
            _identifies.Add(redacted);
            _handshakes.Add(new FakeGatewayHandshake("IDENTIFY", connection.Shard, DateTimeOffset.UtcNow));
        }
        if ((string?)identify["token"] != FakeDiscordIds.Token)
        {
            await connection.CloseAsync((WebSocketCloseStatus)4004, "Authentication failed.", cancellationToken);
            return;
        }
        connection.Intents = (int?)identify["intents"] ?? 0;
        connection.SessionId = Guid.NewGuid().ToString("N");
        connection.Authenticated = true;
        lock (_gate) { _sessionShard[connection.SessionId] = connection.Shard; }
        MakeCurrent(connection);
        await DispatchAsync("READY", new JsonObject
        {
            ["v"] = 10, ["user"] = FakeDiscordWorld.BotUser(), ["session_id"] = connection.SessionId, ["resume_gateway_url"] = ResumeUrl,
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = FakeDiscordIds.Guild.ToString(), ["unavailable"] = true }),
            ["application"] = new JsonObject { ["id"] = FakeDiscordIds.Application.ToString(), ["flags"] = 0 },
            ["shard"] = identify["shard"]?.DeepClone() ?? new JsonArray(0, 1),
        }, cancellationToken);
        lock (_gate) { _handshakes.Add(new FakeGatewayHandshake("READY", connection.Shard, DateTimeOffset.UtcNow)); }
        await DispatchAsync("GUILD_CREATE", new JsonObject
        {
            ["id"] = FakeDiscordIds.Guild.ToString(), ["name"] = "fake guild", ["unavailable"] = false, ["member_count"] = 2,
            ["channels"] = new JsonArray(new JsonObject { ["id"] = FakeDiscordIds.Channel.ToString(), ["type"] = 0, ["name"] = "briefings" }),
            ["threads"] = new JsonArray(), ["roles"] = new JsonArray(), ["members"] = new JsonArray(),
        }, cancellationToken);
        CompleteReady();
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonObject resume, CancellationToken cancellationToken)
    {
        lock (_gate) { _resumes.Add(new JsonObject { ["session_id"] = resume["session_id"]?.DeepClone(), ["seq"] = resume["seq"]?.DeepClone() }); }
        var sessionId = (string?)resume["session_id"];
        int knownSequence;
        lock (_gate) { knownSequence = sessionId is null ? -1 : _sessionSequence.GetValueOrDefault(sessionId, -1); }
        if ((string?)resume["token"] != FakeDiscordIds.Token || knownSequence < 0)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false }, cancellationToken);
            return;
        }
        connection.SessionId = sessionId;
        connection.LastSequence = knownSequence;
        lock (_gate) { connection.Shard = _sessionShard.GetValueOrDefault(sessionId!); }
        connection.Authenticated = true;
        var seen = (int?)resume["seq"] ?? 0;
        List<JsonObject> missed;
        lock (_gate) { missed = [.. _history.Where(e => e.SessionId == sessionId && e.Sequence > seen).Select(e => e.Payload)]; }
        foreach (var payload in missed) await connection.SendAsync(payload, cancellationToken);
        MakeCurrent(connection);
        await DispatchAsync("RESUMED", new JsonObject(), cancellationToken);
        lock (_gate) { _handshakes.Add(new FakeGatewayHandshake("RESUMED", connection.Shard, DateTimeOffset.UtcNow)); }
        CompleteReady();
    }

    private void MakeCurrent(FakeGatewayConnection connection) { lock (_gate) { _current = connection; } }

    private void CompleteReady() { lock (_gate) { _ready.TrySetResult(); } }

    // Discord blanks content without MESSAGE_CONTENT, except the bot's own messages and those that mention it.
    private static bool MentionsOrIsBot(JsonObject message) =>
        (string?)message["author"]?["id"] == FakeDiscordIds.Application.ToString()
        || (message["mentions"] as JsonArray)?.Any(u => (string?)u?["id"] == FakeDiscordIds.Application.ToString()) == true;
}
