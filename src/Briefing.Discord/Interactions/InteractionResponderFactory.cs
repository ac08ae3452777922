using Briefing.Discord.Diagnostics;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Interactions;

/// <summary>Default <see cref="IInteractionResponderFactory"/>.</summary>
public sealed class InteractionResponderFactory(
    IDiscordRestClient restClient, TimeProvider timeProvider, IOptions<InteractionOptions> options, ILogger<InteractionResponder> logger,
    DiscordMetrics? metrics = null, IDeferralVisibility? visibility = null)
    : IInteractionResponderFactory
{
    public InteractionResponder Create(Interaction interaction, DateTimeOffset? receivedAt = null, IInteractionAcknowledger? acknowledger = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var arrivedAt = receivedAt ?? timeProvider.GetUtcNow();
        var responder = new InteractionResponder(interaction, restClient, timeProvider, logger, metrics, arrivedAt, acknowledger);
        // Autocomplete cannot be deferred: its only answer is the type-8 result, and a late one is simply not shown.
        if (interaction.Type != InteractionType.ApplicationCommandAutocomplete)
        {
            responder.AutoDeferEphemeral = visibility?.DeferEphemeral(interaction) ?? false;
            var settings = options.Value;
            // The budget decides a command's acknowledgement (the answer itself when ready by then, else a deferral); the
            // guard behind it only acts when that deferral failed. A component click keeps the guard alone: its handler
            // answers at once, and an early type-6 deferral would commit it to editing the message the button sits on.
            if (settings.AckBudget < settings.AutoDeferAfter && interaction.Type != InteractionType.MessageComponent)
            {
                responder.ArmAutoDefer(arrivedAt + settings.AckBudget);
            }
            responder.ArmAutoDefer(arrivedAt + settings.AutoDeferAfter);
        }
        return responder;
    }
}
