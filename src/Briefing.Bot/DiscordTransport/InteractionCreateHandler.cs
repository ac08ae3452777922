using Briefing.Bot.Commands;
using Briefing.Conversations;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// INTERACTION_CREATE → the command's handler. The responder comes with the event, made when the frame arrived, so its
/// ack budget (and the 2-s guard behind it) count from arrival whatever waited ahead; then the command is mapped to a
/// <see cref="CommandInvocation"/>, run by the <see cref="CommandDispatcher"/> (which checks Manage Server and the
/// per-user rate limit like for every transport, unless the lane already did at arrival: <see cref="CommandAdmission"/>), and its reply delivered by <see cref="InteractionReplySender"/>: in
/// the acknowledgement itself when ready within the budget, else as an edit of the budget's deferral.
/// </summary>
public sealed class InteractionCreateHandler(
    IInteractionResponderFactory responderFactory,
    CommandDispatcher dispatcher,
    IConversationStore conversations,
    InteractionReplySender sender,
    AutocompleteInteractionHandler autocomplete,
    ComponentInteractionHandler components) : IGatewayEventHandler<InteractionCreate>
{
    public async Task HandleAsync(InteractionCreate gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        var interaction = gatewayEvent.Interaction;
        // This handler owns the responder from here (disposing it stops its alarms); one read without a responder gets
        // its own, still counted from arrival.
        await using var responder = gatewayEvent.Responder ?? responderFactory.Create(interaction, gatewayEvent.ArrivedAt);
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            // Suggestions only (type 8): the responder arms no deferral for autocomplete.
            await autocomplete.HandleAsync(responder, cancellationToken);
            return;
        }
        if (interaction.Type == InteractionType.MessageComponent)
        {
            await components.HandleAsync(responder, cancellationToken);
            return;
        }
        // Modals are not used by this bot; slash commands are answered.
        if (InvokedCommand.From(interaction) is not { } command) return;

        await sender.RunAsync(responder, command.Name, gatewayEvent.ArrivedAt, async (progress, ct) =>
        {
            var threadId = interaction.IsInThread && interaction.EffectiveChannelId is { } channel
                && await conversations.GetThreadArticleAsync(channel, ct) is not null ? channel : (ulong?)null;
            return await dispatcher.DispatchAsync(
                InteractionInvocationMapper.Map(interaction, command, threadId) with { Progress = progress, Admitted = gatewayEvent.Admitted }, ct);
        }, cancellationToken);
    }
}
