using Briefing.Discord.Diagnostics;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Interactions;

/// <summary>Default <see cref="IInteractionResponderFactory"/>.</summary>
public sealed class InteractionResponderFactory(
    IDiscordRestClient restClient, TimeProvider timeProvider, IOptions<InteractionOptions> options, ILogger<InteractionResponder> logger,
    DiscordMetrics? metrics = null)
    : IInteractionResponderFactory
{
    public InteractionResponder Create(Interaction interaction, DateTimeOffset? receivedAt = null)
    {
        var arrivedAt = receivedAt ?? timeProvider.GetUtcNow();
        var responder = new InteractionResponder(interaction, restClient, timeProvider, logger, metrics, arrivedAt);
        // Autocomplete cannot be deferred: its only answer is the type-8 result, and a late one is simply not shown.
        if (interaction.Type != InteractionType.ApplicationCommandAutocomplete)
        {
            responder.ArmAutoDefer(arrivedAt + options.Value.AutoDeferAfter);
        }
        return responder;
    }
}
