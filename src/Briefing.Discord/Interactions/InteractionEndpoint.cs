using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// The host-independent core of an HTTP interactions endpoint (the alternative to receiving
/// interactions over the gateway; never both): verify, answer PING with PONG, and acknowledge everything
/// else at once in the HTTP response with a deferral (type 5; type 6 for components), because that
/// response is the acknowledgement. Autocomplete (type 4) cannot be deferred: it gets an empty type-8 result here
/// (suggestions need the library, which this core does not reach). The handler then answers through the responder, which the host marks
/// with <see cref="InteractionResponder.MarkAcknowledged"/>, so replies become edits of the original.
/// </summary>
public sealed class InteractionEndpoint(InteractionSignatureVerifier verifier)
{
    private const string PongJson = """{"type":1}""";
    private const string DeferredMessageJson = """{"type":5}""";
    private const string DeferredUpdateJson = """{"type":6}""";
    // Autocomplete cannot be deferred and takes no later answer: this synchronous core has no suggestions to give.
    private const string NoSuggestionsJson = """{"type":8,"data":{"choices":[]}}""";

    /// <param name="signatureHex">The X-Signature-Ed25519 header.</param>
    /// <param name="timestamp">The X-Signature-Timestamp header.</param>
    /// <param name="rawBody">The body exactly as received (re-serialized JSON would not verify).</param>
    public InteractionEndpointResult Handle(string? signatureHex, string? timestamp, ReadOnlySpan<byte> rawBody)
    {
        if (!verifier.Verify(signatureHex, timestamp, rawBody))
        {
            return new InteractionEndpointResult(401, null, null);
        }
        Interaction interaction;
        try
        {
            using var document = JsonDocument.Parse(rawBody.ToArray());
            interaction = DiscordPayloadParser.ParseInteraction(document.RootElement);
        }
        catch (JsonException)
        {
            return new InteractionEndpointResult(400, null, null);
        }
        return interaction.Type switch
        {
            InteractionType.Ping => new InteractionEndpointResult(200, PongJson, null),
            InteractionType.MessageComponent => new InteractionEndpointResult(200, DeferredUpdateJson, interaction),
            InteractionType.ApplicationCommandAutocomplete => new InteractionEndpointResult(200, NoSuggestionsJson, null),
            _ => new InteractionEndpointResult(200, DeferredMessageJson, interaction),
        };
    }
}
