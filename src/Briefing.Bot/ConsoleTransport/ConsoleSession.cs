using Briefing.Bot.Commands;
using Briefing.Conversations;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// The local console: slash-command lines go to the same <see cref="CommandDispatcher"/> the Discord side uses,
/// plain lines are follow-ups in the thread of the last summary, and replies are printed as the bot would post them.
/// </summary>
public sealed class ConsoleSession(CommandDispatcher dispatcher, FollowUpHandler followUps, IConversationStore conversations, ConsoleOutput output, TimeProvider timeProvider)
{
    /// <summary>The console plays one member with Manage Server in one server and one channel.</summary>
    public const ulong GuildId = 1;
    public const ulong ChannelId = 100;
    public const ulong UserId = 10;

    private ulong? _threadId;
    private ulong _threadsOpened;
    // A person at a terminal sees status lines as slow work happens; a script's output stays exactly its replies.
    private bool _showProgress;

    public async Task RunAsync(TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        _showProgress = interactive;
        if (interactive)
        {
            await WriteAsync("Briefing local console. Try /summarize north korea, then ask a question in plain words; /digest preview; /help; /quit.", cancellationToken).ConfigureAwait(false);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.Out.WriteAsync("> ").ConfigureAwait(false);
                await output.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            // A terminal read cannot be cancelled, so it runs on its own task: Ctrl+C ends the session at once.
            var line = interactive
                ? await Task.Run(input.ReadLine, cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false)
                : await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!interactive)
            {
                await WriteAsync($"> {line.Trim()}", cancellationToken).ConfigureAwait(false);
            }

            if (!await ExecuteAsync(line, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }
    }

    /// <summary>Runs one line; false when the line asks to quit.</summary>
    public async Task<bool> ExecuteAsync(string line, CancellationToken cancellationToken)
    {
        var trimmed = line.Trim();
        if (trimmed is "/quit" or "/exit")
        {
            return false;
        }

        if (trimmed.StartsWith('/'))
        {
            await RunCommandAsync(trimmed, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (_threadId is not { } threadId)
        {
            await WriteAsync("No thread yet: start with /summarize <topic>; plain lines are questions in its thread.", cancellationToken).ConfigureAwait(false);
            return true;
        }

        var reply = await followUps.AnswerNowAsync(new ThreadMessage(threadId, GuildId, UserId, trimmed), cancellationToken).ConfigureAwait(false);
        if (reply is not null)
        {
            await WriteAsync(ConsoleRenderer.Render(reply), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task RunCommandAsync(string line, CancellationToken cancellationToken)
    {
        var context = new CommandInvocation
        {
            Name = string.Empty,
            GuildId = GuildId,
            // Commands typed after a summary run in its thread (as /ask would in Discord); channel options still mean the channel.
            ChannelId = ChannelId,
            UserId = UserId,
            CanManageGuild = true,
            ThreadId = _threadId,
            // Printed at once: unlike Discord there is no message to edit and nothing flickers.
            Progress = _showProgress ? new CallbackProgress<string>(status => output.Out.WriteLine("… " + MarkdownText.Unescape(status))) : null,
        };
        var invocation = SlashLineParser.Parse(line, context, out var error);
        if (invocation is null)
        {
            await WriteAsync(error ?? "Type /help.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = await dispatcher.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
        await WriteAsync(ConsoleRenderer.Render(reply), cancellationToken).ConfigureAwait(false);
        if (reply.ThreadName is not null && reply.ThreadArticleId is { } articleId)
        {
            // What the Discord side does after posting: open a thread on the reply and bind it to the article.
            // Thread ids must stay unique across console runs, because bound threads live in the database.
            var threadId = ((ulong)timeProvider.GetUtcNow().ToUnixTimeMilliseconds() * 1000) + (++_threadsOpened % 1000);
            await conversations.BindThreadAsync(threadId, GuildId, articleId, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            _threadId = threadId;
        }
    }

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await output.Out.WriteLineAsync(text.TrimEnd().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
