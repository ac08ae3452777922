using Briefing.Discord.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Briefing.Discord.Json;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Rest;

/// <summary>
/// <see cref="IDiscordRestClient"/> over an <see cref="HttpClient"/> from IHttpClientFactory (typed client).
/// Adds <c>Authorization: Bot &lt;token&gt;</c> to each request; the User-Agent is set on the client.
/// Transient server failures are retried inside the HttpClient (<see cref="ServerErrorRetry"/>), 429s by the rate limiter.
/// </summary>
public sealed class DiscordRestClient(
    HttpClient httpClient, DiscordRateLimiter rateLimiter, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger,
    DiscordMetrics? metrics = null)
    : IDiscordRestClient
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.CreateMessage(channelId), MessageLimits.Prepare(message), Json.MessagePayload, Json.DiscordMessage, cancellationToken);

    public Task<IReadOnlyList<DiscordMessage>> ListMessagesAsync(ulong channelId, ulong after, int limit, CancellationToken cancellationToken) =>
        SendAsync<JsonElement, IReadOnlyList<DiscordMessage>>(DiscordRoutes.ListMessages(channelId, after, Math.Clamp(limit, 1, MessageLimits.MessagesPerHistoryPage)), default, null,
            Json.IReadOnlyListDiscordMessage, cancellationToken);

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.EditMessage(channelId, messageId), MessageLimits.Prepare(message) with { Nonce = null, EnforceNonce = null },
            Json.MessagePayload, Json.DiscordMessage, cancellationToken);

    public Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement, JsonElement>(DiscordRoutes.TriggerTyping(channelId), default, null, null, cancellationToken);

    public Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement, DiscordChannel>(DiscordRoutes.GetChannel(channelId), default, null, Json.DiscordChannel, cancellationToken);

    public Task<DiscordChannel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThreadFromMessageRequest request, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.StartThreadFromMessage(channelId, messageId), ThreadNames.Validate(request),
            Json.StartThreadFromMessageRequest, Json.DiscordChannel, cancellationToken);

    public Task<DiscordChannel> StartForumThreadAsync(ulong channelId, StartForumThreadRequest request, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.StartThreadInChannel(channelId),
            ThreadNames.Validate(request) with { Message = MessageLimits.Prepare(request.Message) },
            Json.StartForumThreadRequest, Json.DiscordChannel, cancellationToken);

    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<InteractionResponse, JsonElement>(DiscordRoutes.InteractionCallback(interactionId, interactionToken), response,
            Json.InteractionResponse, null, cancellationToken);

    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.EditOriginalResponse(applicationId, interactionToken), MessageLimits.Prepare(message) with { Nonce = null, EnforceNonce = null },
            Json.MessagePayload, Json.DiscordMessage, cancellationToken);

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync<JsonElement, JsonElement>(DiscordRoutes.DeleteOriginalResponse(applicationId, interactionToken), default, null, null, cancellationToken);

    public Task<DiscordMessage> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.CreateFollowup(applicationId, interactionToken), MessageLimits.Prepare(message) with { Nonce = null, EnforceNonce = null },
            Json.MessagePayload, Json.DiscordMessage, cancellationToken);

    public Task<IReadOnlyList<RegisteredCommand>> BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken)
    {
        SlashCommandValidator.Validate(commands);
        return SendAsync(DiscordRoutes.BulkOverwriteCommands(applicationId, guildId), commands,
            Json.IReadOnlyListSlashCommand, Json.IReadOnlyListRegisteredCommand, cancellationToken);
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync<JsonElement, GatewayBotResponse>(DiscordRoutes.GatewayBot(), default, null, Json.GatewayBotResponse, cancellationToken)
            .ConfigureAwait(false);
        var limit = response.SessionStartLimit;
        return new GatewayBotInfo(response.Url, response.Shards,
            new SessionStartLimit(limit.Total, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), Math.Max(1, limit.MaxConcurrency)));
    }

    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        SendAsync<JsonElement, DiscordUser>(DiscordRoutes.CurrentUser(), default, null, Json.DiscordUser, cancellationToken);

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync<JsonElement, DiscordApplication>(DiscordRoutes.CurrentApplication(), default, null, Json.DiscordApplication, cancellationToken);

    private async Task<TResponse> SendAsync<TBody, TResponse>(
        DiscordRoute route, TBody body, JsonTypeInfo<TBody>? bodyType, JsonTypeInfo<TResponse>? responseType, CancellationToken cancellationToken)
    {
        var token = options.Value.Token;
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("Discord:Token is not set; the Discord REST client cannot be used without it.");
        }
        var payload = bodyType is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        var uri = new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + route.Path);

        using var response = await rateLimiter.SendAsync(route, ct =>
        {
            // A fresh request per attempt: a request message cannot be sent twice.
            var request = new HttpRequestMessage(route.Method, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
            request.Options.Set(ServerErrorRetry.RouteKey, route.RouteKey);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
            return SendAndDisposeRequestAsync(request, ct);
        }, cancellationToken).ConfigureAwait(false);

        metrics?.RestRequest(route.RouteKey, (int)response.StatusCode);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(route, response, cancellationToken).ConfigureAwait(false);
        }
        if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
        {
            return default!;
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new DiscordRestException(response.StatusCode, 0, "empty response body", null, route.RouteKey);
        }
    }

    private async Task<HttpResponseMessage> SendAndDisposeRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DiscordRestException> ToExceptionAsync(DiscordRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized && !route.UsesInteractionToken)
        {
            return new DiscordUnauthorizedException(route.RouteKey);
        }
        DiscordErrorResponse? error = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            error = text.Length == 0 ? null : JsonSerializer.Deserialize(text, Json.DiscordErrorResponse);
        }
        catch (JsonException)
        {
            // Not Discord's JSON (a proxy page): the status alone must do.
        }
        DiscordRestLog.RequestFailed(logger, (int)response.StatusCode, route.RouteKey, error?.Code ?? 0, error?.Message);
        return new DiscordRestException(response.StatusCode, error?.Code ?? 0, error?.Message ?? response.ReasonPhrase,
            error?.Errors?.GetRawText(), route.RouteKey);
    }
}
