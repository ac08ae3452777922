using System.Collections.Concurrent;
using Briefing.Conversations;
using Briefing.Library;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// Answers messages in threads the bot opened, grounded in the bound article. Every message is stored at once
/// (the history lives in the database, so a restart keeps the context); the answer waits for a quiet
/// <see cref="FollowUpOptions.Debounce"/>, so a burst gets one answer covering all of it, and an answer that a
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
    private readonly ConcurrentDictionary<ulong, long> _latestMessage = new();

    /// <summary>True when the thread is one the bot opened for an article (the transport ignores other threads).</summary>
    public async Task<bool> IsBoundAsync(ulong threadId, CancellationToken cancellationToken) =>
        await conversations.GetThreadArticleAsync(threadId, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Gateway entry point. Returns the reply to post in the thread, or null when there is nothing to post
    /// (unbound thread, or a newer message in the same burst will be answered instead).
    /// </summary>
    public Task<BotReply?> HandleAsync(ThreadMessage message, CancellationToken cancellationToken) =>
        RespondAsync(message, options.Value.Debounce, cancellationToken);

    /// <summary>Answers without waiting: for transports whose input is strictly sequential (the local console).</summary>
    public Task<BotReply?> AnswerNowAsync(ThreadMessage message, CancellationToken cancellationToken) =>
        RespondAsync(message, TimeSpan.Zero, cancellationToken);

    private async Task<BotReply?> RespondAsync(ThreadMessage message, TimeSpan debounce, CancellationToken cancellationToken)
    {
        var articleId = await conversations.GetThreadArticleAsync(message.ThreadId, cancellationToken).ConfigureAwait(false);
        if (articleId is null || string.IsNullOrWhiteSpace(message.Text))
        {
            return null;
        }

        var keep = options.Value.HistoryTurns;
        await conversations.AppendTurnAsync(message.ThreadId, new ConversationTurn(ConversationRole.User, message.Text.Trim(), timeProvider.GetUtcNow()), keep, cancellationToken).ConfigureAwait(false);
        var ticket = _latestMessage.AddOrUpdate(message.ThreadId, 1, (_, previous) => previous + 1);

        if (debounce > TimeSpan.Zero)
        {
            await Task.Delay(debounce, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (IsSuperseded(message.ThreadId, ticket))
        {
            return null;
        }

        try
        {
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
            var (question, earlier) = SplitPendingQuestion(history);
            var answer = await answerer.AnswerAsync(question, [article], earlier, cancellationToken).ConfigureAwait(false);
            if (IsSuperseded(message.ThreadId, ticket))
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
    }

    private bool IsSuperseded(ulong threadId, long ticket)
    {
        if (_latestMessage.TryGetValue(threadId, out var latest) && latest != ticket)
        {
            CommandsLog.FollowUpSuperseded(logger, threadId);
            return true;
        }

        return false;
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
