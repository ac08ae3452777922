using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Discord.Interactions;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Answers a click on a summary's buttons (type 3). The custom_id is read strictly (<see cref="SummaryButtonId"/>):
/// anything else, an older format or a forgery, gets a short private "expired" note at once, and is logged by its shape
/// only, never echoed. A real button runs its <see cref="SummaryAction"/> in the clicker's own scope (guild, or their
/// DMs). Shorter/Longer replace the message the button sits on (type 7, new embed and buttons); Counterpoints, Sources
/// and every note answer the clicker alone (type 4, EPHEMERAL). If the work outlasts the responder's guard (about 2 s
/// of Discord's 3), the guard has acknowledged with type 6 and the answer edits the message (or follows up privately).
/// Nothing escapes: a failure becomes a private apology with a reference id that is also in the log.
/// </summary>
public sealed class ComponentInteractionHandler(SummaryActionHandler actions, ILogger<ComponentInteractionHandler> logger)
{
    public const string ExpiredText = "This button has expired. Run the command again for a fresh one.";

    /// <summary>Discord's limit on a custom_id; anything longer cannot have come from a real component.</summary>
    public const int MaxCustomIdLength = InteractionLimits.CustomId;

    public async Task HandleAsync(InteractionResponder responder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var interaction = responder.Interaction;
        var customId = interaction.Data?.CustomId;
        BotReply reply;
        try
        {
            if (!SummaryButtonId.TryParse(customId, out var button) || interaction.Invoker is not { } user || interaction.Message is null)
            {
                ComponentLog.UnknownComponent(logger, interaction.Id, customId?.Length ?? 0, customId is { Length: > 0 and <= MaxCustomIdLength });
                reply = BotReply.Text(ExpiredText, ephemeral: true);
            }
            else
            {
                ComponentLog.Clicked(logger, interaction.Id, button.Action, button.ArticleId);
                var scope = ArticleScope.Of(interaction.GuildId, user.Id);
                reply = await actions.HandleAsync(new SummaryActionRequest(button.Action, button.ArticleId, button.Length, scope, user.Id), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reference = ReferenceId.New();
            ComponentLog.ActionFailed(logger, interaction.Id, reference, exception);
            reply = ReferenceId.Apology(reference);
        }

        try
        {
            await DeliverAsync(responder, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ComponentLog.AnswerFailed(logger, interaction.Id, exception);
        }
    }

    private static async Task DeliverAsync(InteractionResponder responder, BotReply reply, CancellationToken cancellationToken)
    {
        var messages = BotReplyRenderer.Render(reply);
        if (messages.Count == 0) return;
        IEnumerable<MessagePayload> rest;
        if (reply.Ephemeral)
        {
            // A type 4 if nothing was sent yet; after the guard's type 6, a private follow-up (the renderer set EPHEMERAL).
            rest = await responder.ReplyAsync(messages[0], cancellationToken).ConfigureAwait(false) ? messages.Skip(1) : messages;
        }
        else
        {
            // The clicked message keeps its visibility; an update or edit carries no flags.
            var update = messages[0] with { Flags = null };
            if (!await responder.UpdateMessageAsync(update, cancellationToken).ConfigureAwait(false))
            {
                // After the guard's type 6, @original is the clicked message.
                await responder.EditOriginalAsync(update, cancellationToken).ConfigureAwait(false);
            }
            rest = messages.Skip(1);
        }

        foreach (var message in rest)
        {
            await responder.FollowUpAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
