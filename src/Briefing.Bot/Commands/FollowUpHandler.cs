using System.Collections.Concurrent;
using Briefing.Conversations;
using Briefing.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// Answers messages in threads the bot opened, grounded in the bound article. Every message is stored at once
/// (the history lives in the database, so a restart keeps the context). A message addressed to the bot (a
/// mention) is an explicit question and gets its own answer at once. Other messages (seen only with the Message
/// Content intent: people typing one thought over several lines) wait for a quiet
/// <see cref="FollowUpOptions.Debounce"/>, so such a burst gets one answer covering all of it, and an answer that a
/// newer message overtook while it was being written is dropped (the newer call answers instead).
/// </summary>
public sealed class FollowUpHandler(
    IConversationStore conversations,
    IArticleStore articles,
    IQuestionAnswerer answerer,
    UserRateLimiter rateLimiter,
    TimeProvider timeProvider,
    IOptions<FollowUpOptions> options,
    ILogger<FollowUpHandler> logger)
{
    // Thread → ticket of its newest message still being waited on or answered. An entry lives only while a burst is
    // in flight (the call holding the newest ticket removes it when done), so the map never outgrows the threads
    // active right now. Tickets are unique across threads, so a removed and re-added thread can never match an old one.
    private readonly ConcurrentDictionary<ulong, long> _latestMessage = new();
    private long _nextTicket;

    /// <summary>Threads with a burst in flight (for tests and diagnostics).</summary>
    internal int PendingThreads => _latestMessage.Count;

    /// <summary>True when the thread is one the bot opened for an article (the transport ignores other threads).</summary>
    public async Task<bool> IsBoundAsync(ulong threadId, CancellationToken cancellationToken) =>
        await conversations.GetThreadArticleAsync(threadId, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Gateway entry point. Returns the reply to post in the thread, or null when there is nothing to post
    /// (unbound thread, or a newer message in the same burst will be answered instead).
    /// </summary>
    public Task<BotReply?> HandleAsync(ThreadMessage message, CancellationToken cancellationToken) =>
        message.AddressedToBot
            ? AnswerNowAsync(message, cancellationToken)
            : RespondAsync(message, options.Value.Debounce, cancellationToken);

    /// <summary>
    /// Answers this message alone without waiting: for explicit questions, and for transports whose input is
    /// strictly sequential (the local console). It neither waits for nor supersedes a burst in progress.
    /// </summary>
    public Task<BotReply?> AnswerNowAsync(ThreadMessage message, CancellationToken cancellationToken) =>
        RespondAsync(message, debounce: null, cancellationToken);

    /// <param name="debounce">null: answer this message alone, now; otherwise wait this long and answer the whole burst.</param>
    private async Task<BotReply?> RespondAsync(ThreadMessage message, TimeSpan? debounce, CancellationToken cancellationToken)
    {
        var articleId = await conversations.GetThreadArticleAsync(message.ThreadId, cancellationToken).ConfigureAwait(false);
        if (articleId is null || string.IsNullOrWhiteSpace(message.Text))
        {
            return null;
        }

        var keep = options.Value.HistoryTurns;
        var turn = new ConversationTurn(ConversationRole.User, message.Text.Trim(), timeProvider.GetUtcNow());
        await conversations.AppendTurnAsync(message.ThreadId, turn, keep, cancellationToken).ConfigureAwait(false);
        long? ticket = null;
        try
        {
            if (debounce is { } wait)
            {
                var issued = Interlocked.Increment(ref _nextTicket);
                ticket = issued;
                _latestMessage[message.ThreadId] = issued;
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                if (IsSuperseded(message.ThreadId, issued))
                {
                    return null;
                }
            }

            if (!rateLimiter.TryAcquire(message.UserId, out var retryAfter))
            {
                return CommandDispatcher.RateLimitReply(retryAfter);
            }

            var article = await articles.GetAsync(articleId.Value, cancellationToken).ConfigureAwait(false);
            if (article is null)
            {
                return BotReply.Text("The article this thread discussed has been removed from the library.");
            }

            var history = await conversations.GetTurnsAsync(message.ThreadId, keep, cancellationToken).ConfigureAwait(false);
            var (question, earlier) = ticket is null ? SplitOwnQuestion(history, turn) : SplitPendingQuestion(history);
            var answer = await answerer.AnswerAsync(question, [article], earlier, cancellationToken).ConfigureAwait(false);
            if (ticket is { } mine && IsSuperseded(message.ThreadId, mine))
            {
                // A newer message arrived while this answer was written; its own call answers the whole burst.
                return null;
            }

            await conversations.AppendTurnAsync(message.ThreadId, new ConversationTurn(ConversationRole.Bot, answer.Text, timeProvider.GetUtcNow()), keep, cancellationToken).ConfigureAwait(false);
            return AnswerReply.Build(answer);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reference = ReferenceId.New();
            CommandsLog.FollowUpFailed(logger, message.ThreadId, reference, ex);
            return ReferenceId.Apology(reference);
        }
        finally
        {
            if (ticket is { } done)
            {
                // Only if no newer message took the thread over meanwhile: its call removes the entry itself.
                _latestMessage.TryRemove(KeyValuePair.Create(message.ThreadId, done));
            }
        }
    }

    private bool IsSuperseded(ulong threadId, long ticket)
    {
        // No entry: a newer message's call already finished the burst (and removed it), so this one is stale too.
        if (!_latestMessage.TryGetValue(threadId, out var latest) || latest != ticket)
        {
            CommandsLog.FollowUpSuperseded(logger, threadId);
            return true;
        }

        return false;
    }

    /// <summary>This message is the question; the history before it (other questions and answers included) is context.</summary>
    internal static (string Question, IReadOnlyList<ConversationTurn> Earlier) SplitOwnQuestion(IReadOnlyList<ConversationTurn> history, ConversationTurn own)
    {
        var index = history.Count - 1;
        // Matched by role and text: the stored timestamp may come back at the database's precision.
        while (index >= 0 && !(history[index].Role == own.Role && history[index].Text == own.Text))
        {
            index--;
        }

        return (own.Text, index >= 0 ? history.Take(index).ToList() : history);
    }

    /// <summary>The user messages after the bot's last answer form the question; everything before is context.</summary>
    internal static (string Question, IReadOnlyList<ConversationTurn> Earlier) SplitPendingQuestion(IReadOnlyList<ConversationTurn> history)
    {
        var lastBot = -1;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Role == ConversationRole.Bot)
            {
                lastBot = i;
                break;
            }
        }

        var pending = history.Skip(lastBot + 1).Where(t => t.Role == ConversationRole.User).Select(t => t.Text);
        return (string.Join("\n", pending), history.Take(lastBot + 1).ToList());
    }
}
