using System.Globalization;
using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Interactions;

/// <summary>
/// The host-independent core of the HTTP interactions endpoint (the alternative to receiving interactions over the
/// gateway): verify the signature before reading anything, refuse a stale timestamp, answer PING with PONG, and hand
/// everything else to the same lane, handlers and reply path as gateway interactions. The HTTP response IS the
/// acknowledgement: it waits for the responder's first answer (type 4 when the handler finished within the ack budget,
/// else the budget's type 5), and the rest goes through REST as edits.
/// </summary>
public sealed class InteractionEndpoint(
    InteractionSignatureVerifier verifier,
    IInteractionResponderFactory responders,
    IInteractionInbox inbox,
    IDiscordRestClient restClient,
    IOptions<InteractionOptions> options,
    TimeProvider timeProvider,
    ILogger<InteractionEndpoint> logger)
{
    private const string PongJson = """{"type":1}""";

    /// <summary>Beyond the guard's deferral: only if every alarm failed does the endpoint defer by itself.</summary>
    private static readonly TimeSpan GuardMargin = TimeSpan.FromMilliseconds(500);

    /// <param name="signatureHex">The X-Signature-Ed25519 header.</param>
    /// <param name="timestamp">The X-Signature-Timestamp header (unix seconds).</param>
    /// <param name="rawBody">The body exactly as received (re-serialized JSON would not verify).</param>
    /// <param name="receivedAt">When the request arrived: the ack budget counts from there.</param>
    public async Task<InteractionEndpointResult> HandleAsync(
        string? signatureHex, string? timestamp, ReadOnlyMemory<byte> rawBody, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (!verifier.Verify(signatureHex, timestamp, rawBody.Span))
        {
            // Discord probes with bad signatures on purpose; an endpoint that accepts one is switched off.
            InteractionLog.EndpointRefused(logger, 401, "missing or invalid signature");
            return new InteractionEndpointResult(401, null, "invalid request signature");
        }
        if (Age(timestamp!, receivedAt) is var age && age.Duration() > options.Value.TimestampTolerance)
        {
            InteractionLog.EndpointRefused(logger, 401, $"signature timestamp {age.TotalSeconds:0} s from now");
            return new InteractionEndpointResult(401, null, "stale X-Signature-Timestamp");
        }
        Interaction interaction;
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            interaction = DiscordPayloadParser.ParseInteraction(document.RootElement);
        }
        catch (JsonException exception)
        {
            InteractionLog.EndpointRefused(logger, 400, "body is not an interaction: " + exception.Message.Split('\n', 2)[0]);
            return new InteractionEndpointResult(400, null, "the body is not an interaction object");
        }
        if (interaction.Type == InteractionType.Ping)
        {
            return new InteractionEndpointResult(200, PongJson, null);
        }
        return await AcknowledgeAsync(interaction, receivedAt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InteractionEndpointResult> AcknowledgeAsync(Interaction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var acknowledgement = new HttpAcknowledgement(restClient, timeProvider);
        var responder = responders.Create(interaction, receivedAt, acknowledgement);
        if (!inbox.TryPost(interaction, responder, receivedAt))
        {
            await responder.DisposeAsync().ConfigureAwait(false);
            InteractionLog.EndpointBusy(logger, interaction.Id);
            return Answer(BusyReply.For(interaction), null);
        }
        try
        {
            var wait = options.Value.AutoDeferAfter + GuardMargin - (timeProvider.GetUtcNow() - receivedAt);
            return Answer(await acknowledgement.Response.WaitAsync(wait, timeProvider, cancellationToken).ConfigureAwait(false), acknowledgement);
        }
        catch (TimeoutException)
        {
            // Nothing answered in time (every deferral attempt failed): defer here, so Discord still gets its answer.
            var type = interaction.Type == InteractionType.MessageComponent
                ? InteractionCallbackType.DeferredUpdateMessage
                : InteractionCallbackType.DeferredChannelMessageWithSource;
            var deferral = new InteractionResponse { Type = type };
            if (acknowledgement.TryClaim(deferral))
            {
                responder.MarkAcknowledged(type);
                return Answer(deferral, acknowledgement);
            }
            return Answer(await acknowledgement.Response.ConfigureAwait(false), acknowledgement);
        }
    }

    private static InteractionEndpointResult Answer(InteractionResponse response, HttpAcknowledgement? acknowledgement) =>
        new(200, JsonSerializer.Serialize(response, DiscordJsonContext.Default.InteractionResponse), null, acknowledgement);

    private TimeSpan Age(string timestamp, DateTimeOffset receivedAt) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 100_000_000_000
            ? receivedAt - DateTimeOffset.FromUnixTimeSeconds(seconds)
            : TimeSpan.MaxValue;
}
