using Briefing.Bot.Commands;
using Briefing.Conversations;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// INTERACTION_CREATE → the command's handler. The responder is created first, so its auto-defer guard
/// counts the 3-s deadline from arrival whatever the handler does; then the command is mapped to a
/// <see cref="CommandInvocation"/>, run by the <see cref="CommandDispatcher"/> (which checks Manage Server and the
/// per-user rate limit like for every transport), and its reply delivered by <see cref="InteractionReplySender"/>.
/// </summary>
public sealed class InteractionCreateHandler(
    IInteractionResponderFactory responderFactory,
    CommandDispatcher dispatcher,
    IConversationStore conversations,
    InteractionReplySender sender,
    AutocompleteInteractionHandler autocomplete,
    ComponentInteractionHandler components,
    TimeProvider timeProvider,
    ILogger<InteractionCreateHandler> logger) : IGatewayEventHandler
{
    public const string EventName = "INTERACTION_CREATE";

    public async Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        var receivedAt = timeProvider.GetUtcNow();
        if (!GatewayEventReader.TryRead(gatewayEvent, EventName, DiscordPayloadParser.ParseInteraction, logger, out var interaction)) return;
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            // Suggestions only (type 8): the responder arms no deferral for autocomplete.
            await using var suggestions = responderFactory.Create(interaction, receivedAt);
            await autocomplete.HandleAsync(suggestions, cancellationToken);
            return;
        }
        if (interaction.Type == InteractionType.MessageComponent)
        {
            await using var click = responderFactory.Create(interaction, receivedAt);
            await components.HandleAsync(click, cancellationToken);
            return;
        }
        // Modals are not used by this bot; slash commands are answered.
        if (InvokedCommand.From(interaction) is not { } command) return;

        await using var responder = responderFactory.Create(interaction, receivedAt);
        // If the guard has to defer before the handler decides, it guesses the visibility from the catalogue.
        responder.AutoDeferEphemeral = CommandCatalogue.Find(command.Name)?.EphemeralReplies == true;
        await sender.RunAsync(responder, command.Name, receivedAt, async (progress, ct) =>
        {
            var threadId = interaction.IsInThread && interaction.EffectiveChannelId is { } channel
                && await conversations.GetThreadArticleAsync(channel, ct) is not null ? channel : (ulong?)null;
            return await dispatcher.DispatchAsync(InteractionInvocationMapper.Map(interaction, command, threadId) with { Progress = progress }, ct);
        }, cancellationToken);
    }
}
