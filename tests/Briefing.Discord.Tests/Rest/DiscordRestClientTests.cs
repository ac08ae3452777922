using System.Net;
using System.Text.Json;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Configuration;

namespace Briefing.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private const string MessageJson = """{"id":"1300000000000000001","channel_id":"1290000000000000200","author":{"id":"1290000000000000001","username":"Briefing","bot":true},"content":"hi","type":0}""";

    [Fact]
    public async Task Requests_through_AddDiscordRest_carry_bot_authorization_and_discordbot_user_agent()
    {
        var handler = new FakeDiscordHandler(TimeProvider.System) { Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson) };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "secret-token",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDiscordRest(configuration);
        services.AddHttpClient(DiscordRestServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IDiscordRestClient>();
        await client.CreateMessageAsync(1290000000000000200, MessagePayload.Text("hello"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bot secret-token", request.Authorization);
        Assert.StartsWith("DiscordBot (https://", request.UserAgent);
        Assert.Matches(@"^DiscordBot \(\S+, \d[^)]*\)$", request.UserAgent);
        Assert.Equal("/api/v10/channels/1290000000000000200/messages", request.Path);
        Assert.Same(client.GetType(), provider.GetRequiredService<IGatewayBotSource>().GetType());
    }

    [Fact]
    public async Task Every_message_defaults_to_allowed_mentions_parse_empty()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

        await harness.Client.CreateMessageAsync(5, new MessagePayload { Content = "@everyone read this", AllowedMentions = null }, CancellationToken.None);
        await harness.Client.CreateFollowupMessageAsync(7, "tok", MessagePayload.Text("more @here"), CancellationToken.None);

        foreach (var request in harness.Handler.Requests)
        {
            using var body = JsonDocument.Parse(request.Body!);
            var parse = body.RootElement.GetProperty("allowed_mentions").GetProperty("parse");
            Assert.Equal(JsonValueKind.Array, parse.ValueKind);
            Assert.Equal(0, parse.GetArrayLength());
        }
    }

    [Fact]
    public async Task Create_message_sends_nonce_enforce_nonce_and_reply_reference_as_snake_case_strings()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

        var message = await harness.Client.CreateMessageAsync(5, new MessagePayload
        {
            Content = "answer",
            Nonce = "digest-5-20260105",
            EnforceNonce = true,
            MessageReference = new MessageReference { MessageId = 1300000000000000009, FailIfNotExists = false },
        }, CancellationToken.None);

        var body = JsonDocument.Parse(Assert.Single(harness.Handler.Requests).Body!).RootElement;
        Assert.Equal("digest-5-20260105", body.GetProperty("nonce").GetString());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("1300000000000000009", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(body.TryGetProperty("embeds", out _));
        Assert.Equal(1300000000000000001UL, message.Id);
        Assert.True(message.Author.Bot);
    }

    [Fact]
    public async Task Discord_error_json_becomes_a_typed_exception_with_status_code_and_no_token()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.BadRequest,
            """{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.EditOriginalResponseAsync(42, "interaction-token-secret", MessagePayload.Text("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(50035, error.DiscordCode);
        Assert.Contains("BASE_TYPE_MAX_LENGTH", error.ErrorDetails);
        Assert.Equal("PATCH /webhooks/{application_id}/{interaction_token}/messages/@original", error.Route);
        Assert.DoesNotContain("interaction-token-secret", error.Message);
        Assert.DoesNotContain(RestTestHarness.Token, error.Message);
    }

    [Fact]
    public async Task A_non_json_error_still_throws_with_the_status()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") };

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(9, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(0, error.DiscordCode);
    }

    [Fact]
    public async Task Gateway_bot_maps_session_start_limit_with_milliseconds_reset()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK,
            """{"url":"wss://gateway.discord.gg","shards":2,"session_start_limit":{"total":1000,"remaining":998,"reset_after":14400000,"max_concurrency":1}}""");

        var info = await harness.Client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(new GatewayBotInfo("wss://gateway.discord.gg", 2, new SessionStartLimit(1000, 998, TimeSpan.FromHours(4), 1)), info);
        Assert.Equal("/api/v10/gateway/bot", Assert.Single(harness.Handler.Requests).Path);
    }

    [Fact]
    public async Task Interaction_callback_posts_type_and_flags_to_the_callback_route()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.NoContent);

        await harness.Client.CreateInteractionResponseAsync(77, "tok", new InteractionResponse
        {
            Type = InteractionCallbackType.DeferredChannelMessageWithSource,
            Data = new InteractionCallbackData { Flags = MessagePayload.EphemeralFlag },
        }, CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("/api/v10/interactions/77/tok/callback", request.Path);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", request.Body);
    }

    [Fact]
    public async Task Delete_original_response_sends_a_bodiless_delete_to_the_webhook_and_accepts_204()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => new HttpResponseMessage(HttpStatusCode.NoContent);

        await harness.Client.DeleteOriginalResponseAsync(42, "tok", CancellationToken.None);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/api/v10/webhooks/42/tok/messages/@original", request.Path);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task Thread_from_message_validates_name_and_archive_duration()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.Created, """{"id":"88","type":11,"parent_id":"5","name":"t"}""");

        var thread = await harness.Client.StartThreadFromMessageAsync(5, 88,
            new StartThreadFromMessageRequest { Name = new string('n', 150), AutoArchiveDuration = 1440 }, CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.StartThreadFromMessageAsync(5, 88,
            new StartThreadFromMessageRequest { Name = "ok", AutoArchiveDuration = 30 }, CancellationToken.None));

        var body = JsonDocument.Parse(Assert.Single(harness.Handler.Requests).Body!).RootElement;
        Assert.Equal(100, body.GetProperty("name").GetString()!.Length);
        Assert.Equal(1440, body.GetProperty("auto_archive_duration").GetInt32());
        Assert.True(thread.IsThread);
        Assert.Equal("/api/v10/channels/5/messages/88/threads", harness.Handler.Requests.Single().Path);
    }

    [Fact]
    public async Task Missing_token_fails_with_a_clear_error_before_any_request()
    {
        var handler = new FakeDiscordHandler(TimeProvider.System);
        using var http = new HttpClient(handler);
        var client = new DiscordRestClient(http, new DiscordRateLimiter(new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRateLimiter>.Instance),
            Microsoft.Extensions.Options.Options.Create(new DiscordOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRestClient>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetCurrentUserAsync(CancellationToken.None));

        Assert.Contains("Discord:Token", error.Message);
        Assert.Empty(handler.Requests);
    }
}
