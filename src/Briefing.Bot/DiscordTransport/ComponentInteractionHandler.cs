using Briefing.Discord.Interactions;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Answers a component click (type 3). The bot posts no buttons today, so every <c>custom_id</c> is unknown: one left
/// from an older version, or forged. Either way the clicker alone gets a short note (type 4, EPHEMERAL) at once, and
/// the payload itself is only logged by its shape, never trusted or echoed.
/// </summary>
public sealed class ComponentInteractionHandler(ILogger<ComponentInteractionHandler> logger)
{
    public const string ExpiredText = "This button has expired. Run the command again for a fresh one.";

    /// <summary>Discord's limit on a custom_id; anything longer cannot have come from a real component.</summary>
    public const int MaxCustomIdLength = InteractionLimits.CustomId;

    public async Task HandleAsync(InteractionResponder responder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var interaction = responder.Interaction;
        var customId = interaction.Data?.CustomId;
        ComponentLog.UnknownComponent(logger, interaction.Id, customId?.Length ?? 0, customId is { Length: > 0 and <= MaxCustomIdLength });
        try
        {
            await responder.ReplyAsync(new MessagePayload { Content = ExpiredText, Flags = MessagePayload.EphemeralFlag }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ComponentLog.AnswerFailed(logger, interaction.Id, exception);
        }
    }
}
