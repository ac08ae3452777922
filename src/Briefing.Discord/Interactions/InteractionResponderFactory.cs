using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Interactions;

/// <summary>Default <see cref="IInteractionResponderFactory"/>.</summary>
public sealed class InteractionResponderFactory(
    IDiscordRestClient restClient, TimeProvider timeProvider, IOptions<InteractionOptions> options, ILogger<InteractionResponder> logger)
    : IInteractionResponderFactory
{
    public InteractionResponder Create(Interaction interaction, DateTimeOffset? receivedAt = null)
    {
        var responder = new InteractionResponder(interaction, restClient, timeProvider, logger);
        // Autocomplete cannot be deferred: its only answer is the type-8 result, and a late one is simply not shown.
        if (interaction.Type != InteractionType.ApplicationCommandAutocomplete)
        {
            responder.ArmAutoDefer((receivedAt ?? timeProvider.GetUtcNow()) + options.Value.AutoDeferAfter);
        }
        return responder;
    }
}
