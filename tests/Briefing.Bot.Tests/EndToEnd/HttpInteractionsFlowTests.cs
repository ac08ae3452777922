using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Operations;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Discord.Interactions;
using NSec.Cryptography;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// Discord:Interactions:Mode = http, through Kestrel on loopback: Discord's signed POSTs to /interactions are verified
/// before they are read, PING gets PONG, and /summarize is answered in the HTTP response (type 4 or 5) then edited
/// through the fake REST API by the same handlers as over the gateway.
/// </summary>
public sealed class HttpInteractionsFlowTests : FakeDiscordTest, IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }

    /// <summary>
    /// With <paramref name="heldClock"/> the bot runs on a clock that stands still (at the real time, so signatures are
    /// fresh): the ack budget is never over, so the answer is ready within it however slow the machine.
    /// </summary>
    private Task<BotOnFakeDiscord> StartAsync(string ackBudget, FakeTimeProvider? heldClock = null) => BotOnFakeDiscord.StartAsync(
        DiscordServer,
        DatabasePath,
        heldClock,
        new Dictionary<string, string?>
        {
            ["Discord:Interactions:Mode"] = "http",
            ["Discord:PublicKey"] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["Discord:Interactions:AckBudget"] = ackBudget,
            ["Urls"] = "http://127.0.0.1:0",
        },
        acknowledgeOnTestClock: heldClock is not null);

    private async Task<HttpResponseMessage> PostAsync(BotOnFakeDiscord bot, string body, bool sign = true, DateTimeOffset? signedAt = null)
    {
        var endpoint = Assert.Single(bot.Service<HealthEndpointService>().BoundUrls) + HttpInteractionsEndpoint.Path;
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        if (sign)
        {
            var signature = SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. Encoding.UTF8.GetBytes(body)]);
            request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        }
        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_ping_gets_a_pong_and_unsigned_or_stale_requests_are_refused()
    {
        await using var bot = await StartAsync("00:00:00.150");
        const string Ping = """{"id":"1","application_id":"1290000000000000001","type":1,"token":"t","version":1}""";

        using var pong = await PostAsync(bot, Ping);
        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());

        using var unsigned = await PostAsync(bot, Ping, sign: false);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        using var stale = await PostAsync(bot, Ping, signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal("stale X-Signature-Timestamp", (await stale.Content.ReadAsStringAsync()).Trim());
        using var malformed = await PostAsync(bot, "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        using var oversized = await PostAsync(bot, new string(' ', 300 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Message.Contains("refused a request with 401", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:00:00", false, 5)]
    [InlineData("00:00:00.150", true, 4)]
    public async Task A_signed_summarize_is_acknowledged_in_the_response_and_answered_by_the_same_handlers(string ackBudget, bool holdClock, int expectedType)
    {
        var clock = holdClock ? new FakeTimeProvider(DateTimeOffset.UtcNow) : null;
        await using var bot = await StartAsync(ackBudget, clock);
        await bot.AddArticleAsync(TestArticles.Bridges);
        var (interaction, payload) = DiscordServer.CreateHttpCommand(FakeSlashCommand.String("summarize", "query", "bridges repair budget"));

        using var response = await PostAsync(bot, payload.ToJsonString());
        var acknowledgement = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        // What Discord does with the response: the acknowledgement of the interaction.
        Assert.True(FakeInteractionEndpoints.TryAcknowledge(DiscordServer, interaction, acknowledgement, out _));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, (int?)acknowledgement["type"]);
        var answer = expectedType == 4
            ? acknowledgement["data"]!.AsObject()
            : (await DiscordServer.WaitForAnswerAsync(interaction, Timeout)).BodyObject!;
        Assert.Equal("Bridges Before Ribbons", (string?)answer["embeds"]![0]!["title"]);
        Assert.Empty(answer["allowed_mentions"]!["parse"]!.AsArray());
        // No callback request: over HTTP the response is the acknowledgement.
        Assert.DoesNotContain(DiscordServer.Requests, r => r.Is("POST", DiscordBodies.Callback));
        // The thread starts from the answer's message, as over the gateway.
        var threadRequest = DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);
        await LetClockRunUntilAsync(clock, threadRequest);
        var thread = await threadRequest;
        Assert.Equal($"/channels/{FakeDiscordIds.Channel}/messages/{interaction.OriginalMessageId}/threads", thread.Path);
    }

    /// <summary>
    /// The answer's message is read back after the response, and a read that beats Discord to making it is retried on the
    /// bot's clock. The acknowledgement is out by then, so a held clock may move: a quarter second at a time until done.
    /// </summary>
    private static async Task LetClockRunUntilAsync(FakeTimeProvider? clock, Task done)
    {
        while (clock is not null && !done.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(done, Task.Delay(20, CancellationToken.None));
        }
    }
}
