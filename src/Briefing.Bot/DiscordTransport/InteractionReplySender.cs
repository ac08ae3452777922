using Briefing.Bot.Commands;
using Briefing.Conversations;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Runs one command for an interaction and delivers its reply: acknowledges with a deferral (type 5, EPHEMERAL
/// when the reply is; the responder's auto-defer guard has already sent one if the handler took ~2 s), edits
/// the original response with the first message, posts the rest as follow-ups (a private reply after a public
/// guard deferral deletes the original and goes out as EPHEMERAL follow-ups instead), then opens the reply's thread
/// ("Discuss: title") and binds it to the article. On ANY failure the user gets a short apology carrying a
/// reference id that is also in the log, so no interaction is ever left "thinking". While the handler works, its
/// status lines are shown in the original by an <see cref="InteractionProgressReporter"/>, which is stopped (and its
/// edit in flight awaited) before the answer is sent, so the answer is always the last word.
/// </summary>
public sealed class InteractionReplySender(
    IDiscordRestClient restClient,
    IConversationStore conversations,
    TimeProvider timeProvider,
    IOptions<InteractionProgressOptions> progressOptions,
    ILogger<InteractionReplySender> logger)
{
    private const int ThreadAutoArchiveMinutes = 1440;
    private static readonly TimeSpan ApologyBudget = TimeSpan.FromSeconds(15);

    /// <summary>Runs a handler that reports no progress (its quiet period counts from now).</summary>
    public Task RunAsync(InteractionResponder responder, string commandName, Func<CancellationToken, Task<BotReply>> produceReply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(produceReply);
        return RunAsync(responder, commandName, timeProvider.GetUtcNow(), (_, ct) => produceReply(ct), cancellationToken);
    }

    /// <param name="receivedAt">When the interaction arrived: the progress quiet period counts from there.</param>
    public async Task RunAsync(
        InteractionResponder responder, string commandName, DateTimeOffset receivedAt, Func<IProgress<string>, CancellationToken, Task<BotReply>> produceReply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        ArgumentNullException.ThrowIfNull(produceReply);
        await using var progress = new InteractionProgressReporter(responder, receivedAt, progressOptions.Value, timeProvider, logger, cancellationToken);
        try
        {
            var reply = await produceReply(progress, cancellationToken);
            var statusShown = await progress.CompleteAsync();
            var interaction = responder.Interaction;
            var messages = BotReplyRenderer.Render(reply);
            if (messages.Count == 0) messages = BotReplyRenderer.Render(BotReply.Text("Done.", reply.Ephemeral));
            await responder.DeferAsync(reply.Ephemeral, cancellationToken);
            if (reply.Ephemeral && !responder.IsOriginalEphemeral)
            {
                // The guard deferred publicly (its guess from the catalogue) and the reply is private: editing the
                // public "thinking..." would show it to everyone.
                await responder.DeleteOriginalAsync(cancellationToken);
                await SendPrivatelyAsync(responder, messages, cancellationToken);
                return;
            }
            // A public reply after an EPHEMERAL deferral stays ephemeral: a public message cannot replace an
            // ephemeral original (an edit keeps the original's visibility). Acceptable, since the guard's guess comes
            // from the catalogue, which marks commands whose replies are private. An edit carries no flags.
            var answer = messages[0] with { Flags = null };
            // An edit keeps what it leaves out: the status text must not linger above an embed-only answer.
            if (statusShown) answer = answer with { Content = answer.Content ?? string.Empty, Embeds = answer.Embeds ?? [] };
            var first = await responder.EditOriginalAsync(answer, cancellationToken);
            foreach (var message in messages.Skip(1))
                await responder.FollowUpAsync(message, cancellationToken);
            // Nobody else could join a thread on an ephemeral message (and Discord refuses to start one).
            if (reply is { Ephemeral: false, ThreadName: { } name, ThreadArticleId: { } articleId } && !interaction.IsInThread && !responder.IsOriginalEphemeral)
            {
                // A direct message cannot hold threads (Discord answers 403 50003): the conversation itself is bound,
                // so the next message there is a follow-up question about this summary.
                if (interaction.GuildId is null)
                    await conversations.BindThreadAsync(first.ChannelId, null, articleId, timeProvider.GetUtcNow(), cancellationToken);
                else
                    await OpenThreadAsync(first, name, articleId, interaction.GuildId, cancellationToken);
            }
        }
        catch (Exception exception)
        {
            var reference = ReferenceId.New();
            DiscordTransportLog.CommandFailed(logger, commandName, reference, responder.Interaction.Id, exception);
            // The apology replaces a status too, so no status edit may land after it.
            await progress.CompleteAsync();
            await ApologiseAsync(responder, reference);
        }
    }

    // With the original deleted, each follow-up is a new message and keeps the EPHEMERAL flag the renderer set.
    private static async Task SendPrivatelyAsync(InteractionResponder responder, IReadOnlyList<MessagePayload> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
            await responder.FollowUpAsync(message, cancellationToken);
    }

    private async Task OpenThreadAsync(DiscordMessage reply, string name, long articleId, ulong? guildId, CancellationToken cancellationToken)
    {
        // A thread started from a message has the message's id, so the binding is written first: a question typed
        // the instant the thread appears already finds it bound (and so does a thread a person opens on the reply
        // when the bot could not).
        await conversations.BindThreadAsync(reply.Id, guildId, articleId, timeProvider.GetUtcNow(), cancellationToken);
        DiscordChannel thread;
        // The REST client fits the name to Discord's limit (ThreadNames): the one place a thread name is cut.
        try
        {
            thread = await restClient.StartThreadFromMessageAsync(reply.ChannelId, reply.Id,
                new StartThreadFromMessageRequest { Name = name, AutoArchiveDuration = ThreadAutoArchiveMinutes }, cancellationToken);
        }
        catch (DiscordRestException exception) when (exception.IsThreadAlreadyExists)
        {
            // A message carries at most one thread, and its id is the message's: someone opened it first. It is bound above.
            DiscordTransportLog.ThreadOpened(logger, reply.Id, articleId);
            return;
        }
        catch (DiscordRestException exception)
        {
            // The summary is already visible; a missing Create Public Threads permission must not turn it into an apology.
            DiscordTransportLog.ThreadFailed(logger, reply.Id, reply.ChannelId, exception);
            return;
        }
        if (thread.Id != reply.Id)
            await conversations.BindThreadAsync(thread.Id, guildId, articleId, timeProvider.GetUtcNow(), cancellationToken);
        DiscordTransportLog.ThreadOpened(logger, thread.Id, articleId);
    }

    private async Task ApologiseAsync(InteractionResponder responder, string reference)
    {
        // The handler's token may be the very thing that was cancelled (timeout); the apology gets its own budget.
        using var budget = new CancellationTokenSource(ApologyBudget, timeProvider);
        // The same words (and id format) the dispatcher uses when a handler itself fails.
        var apology = BotReplyRenderer.Render(ReferenceId.Apology(reference))[0];
        try
        {
            // Once the original holds an answer or is gone (Replied), an apology can only be a follow-up.
            if (responder.State == InteractionResponseState.Replied)
            {
                await responder.FollowUpAsync(apology, budget.Token);
                return;
            }
            await responder.DeferAsync(ephemeral: true, budget.Token);
            await responder.EditOriginalAsync(apology, budget.Token);
        }
        catch (Exception exception)
        {
            DiscordTransportLog.ApologyFailed(logger, reference, responder.Interaction.Id, exception);
        }
    }
}
