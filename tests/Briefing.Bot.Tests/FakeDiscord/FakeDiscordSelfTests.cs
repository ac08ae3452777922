using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>The fake must behave like Discord where the end-to-end tests rely on it.</summary>
public sealed class FakeDiscordSelfTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Repeated_nonce_with_enforce_nonce_returns_the_first_message()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var http = Client(fake);
        var body = new JsonObject { ["content"] = "digest", ["nonce"] = "d:1:20260101", ["enforce_nonce"] = true, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

        var first = await (await http.PostAsJsonAsync($"channels/{FakeDiscordIds.Channel}/messages", body)).Content.ReadFromJsonAsync<JsonObject>();
        var second = await (await http.PostAsJsonAsync($"channels/{FakeDiscordIds.Channel}/messages", body)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal((string?)first!["id"], (string?)second!["id"]);
        Assert.Single(fake.World.MessagesIn(FakeDiscordIds.Channel));
    }

    [Fact]
    public async Task Injected_429_answers_once_with_retry_after_then_admits()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var http = Client(fake);
        fake.RateLimits.InjectTooManyRequests("POST", "/channels/{channelId}/messages", TimeSpan.FromSeconds(1.5));
        var body = new JsonObject { ["content"] = "hello", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

        var limited = await http.PostAsJsonAsync($"channels/{FakeDiscordIds.Channel}/messages", body);
        var admitted = await http.PostAsJsonAsync($"channels/{FakeDiscordIds.Channel}/messages", body);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(1.5, (double)(await limited.Content.ReadFromJsonAsync<JsonObject>())!["retry_after"]!);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.True(admitted.Headers.Contains("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Content_with_everyone_pings_only_without_empty_allowed_mentions()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var http = Client(fake);
        var unsafeBody = new JsonObject { ["content"] = "@everyone look" };
        var safeBody = new JsonObject { ["content"] = "@everyone look", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

        var pinged = await (await http.PostAsJsonAsync($"channels/{FakeDiscordIds.Channel}/messages", unsafeBody)).Content.ReadFromJsonAsync<JsonObject>();
        var quiet = await (await http.PostAsJsonAsync($"channels/{FakeDiscordIds.Channel}/messages", safeBody)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.True((bool)pinged!["mention_everyone"]!);
        Assert.False((bool)quiet!["mention_everyone"]!);
    }

    [Fact]
    public async Task Gateway_says_hello_identifies_and_acks_heartbeats()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        var connection = new FakeGatewayConnection(socket);

        var hello = await connection.ReceiveAsync(CancellationToken.None);
        await connection.SendAsync(new JsonObject { ["op"] = 2, ["d"] = new JsonObject { ["token"] = FakeDiscordIds.Token, ["intents"] = 513 } }, CancellationToken.None);
        var ready = await connection.ReceiveAsync(CancellationToken.None);
        await fake.Gateway.Ready.WaitAsync(Timeout);
        var guild = await connection.ReceiveAsync(CancellationToken.None);
        await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 }, CancellationToken.None);
        var ack = await connection.ReceiveAsync(CancellationToken.None);

        Assert.Equal(10, (int)hello!["op"]!);
        Assert.Equal("READY", (string?)ready!["t"]);
        Assert.Equal(1, (int)ready["s"]!);
        Assert.Equal("GUILD_CREATE", (string?)guild!["t"]);
        Assert.Equal(11, (int)ack!["op"]!);
    }

    [Fact]
    public async Task Gateway_closes_4004_on_a_wrong_token()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.GatewayUrl), CancellationToken.None);
        var connection = new FakeGatewayConnection(socket);
        await connection.ReceiveAsync(CancellationToken.None);

        await connection.SendAsync(new JsonObject { ["op"] = 2, ["d"] = new JsonObject { ["token"] = "wrong", ["intents"] = 1 } }, CancellationToken.None);
        var next = await connection.ReceiveAsync(CancellationToken.None);

        Assert.Null(next);
        Assert.Equal(4004, (int?)socket.CloseStatus);
    }

    [Fact]
    public async Task A_post_hold_stores_messages_from_new_connections_only_after_the_window()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        using var killed = Client(fake);
        var path = $"channels/{FakeDiscordIds.Channel}/messages";
        (await killed.PostAsJsonAsync(path, new JsonObject { ["content"] = "before" })).EnsureSuccessStatusCode();

        var begun = DateTimeOffset.UtcNow;
        fake.PostHold.Begin(TimeSpan.FromSeconds(1));
        using var restarted = Client(fake); // its own connection, opened after the hold began
        var held = restarted.PostAsJsonAsync(path, new JsonObject { ["content"] = "restarted" });
        (await killed.PostAsJsonAsync(path, new JsonObject { ["content"] = "late" })).EnsureSuccessStatusCode();
        (await held.WaitAsync(Timeout)).EnsureSuccessStatusCode();

        var messages = fake.World.MessagesIn(FakeDiscordIds.Channel);
        Assert.Equal(["before", "late", "restarted"], messages.Select(m => (string?)m["content"]));
        Assert.True(DateTimeOffset.Parse((string)messages[2]["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture) >= begun + TimeSpan.FromSeconds(1));
    }

    private static HttpClient Client(FakeDiscordServer fake)
    {
        var http = new HttpClient { BaseAddress = new Uri(fake.ApiBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new("Bot", FakeDiscordIds.Token);
        http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.test, 1.0)");
        return http;
    }
}
