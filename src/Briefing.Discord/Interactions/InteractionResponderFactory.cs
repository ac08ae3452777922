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
        responder.ArmAutoDefer((receivedAt ?? timeProvider.GetUtcNow()) + options.Value.AutoDeferAfter);
        return responder;
    }
}
