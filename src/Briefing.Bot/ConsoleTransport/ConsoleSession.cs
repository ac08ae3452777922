using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Conversations;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// The local console: slash-command lines go to the same <see cref="CommandDispatcher"/> the Discord side uses,
/// plain lines are follow-ups in the thread of the last summary, and replies are printed as the bot would post them.
/// A bare <c>/summarize</c> reads the lines after it as one pasted text (<see cref="ConsolePasteReader"/>).
/// </summary>
public sealed class ConsoleSession(
    CommandDispatcher dispatcher, FollowUpHandler followUps, IConversationStore conversations, ConsoleSummaryActions summaryActions,
    ConsoleOutput output, IOptions<IngestionOptions> ingestion, TimeProvider timeProvider)
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
            await WriteAsync("Briefing local console. Try /summarize north korea, then ask a question in plain words; /shorter, /longer, /counterpoints, /sources; /summarize alone to paste an article; /digest preview; /help; /quit.", cancellationToken).ConfigureAwait(false);
        }

        var reader = new ConsoleLineReader(input, interactive);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.Out.WriteAsync("> ").ConfigureAwait(false);
                await output.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
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

            if (!await ExecuteAsync(line, reader, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }
    }

    /// <summary>Runs one line (and the paste block a bare /summarize starts); false when the line asks to quit.</summary>
    private async Task<bool> ExecuteAsync(string line, ConsoleLineReader reader, CancellationToken cancellationToken)
    {
        var trimmed = line.Trim();
        if (trimmed is "/quit" or "/exit")
        {
            return false;
        }

        if (ConsoleSummaryActions.IsAction(trimmed))
        {
            // The buttons under a Discord summary, as lines: the reply is what a click would show.
            var actionReply = await summaryActions.RunAsync(trimmed, ArticleScope.Of(GuildId, UserId), UserId, cancellationToken).ConfigureAwait(false);
            await WriteReplyAsync(actionReply, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (trimmed.StartsWith('/'))
        {
            await RunCommandAsync(trimmed, reader, cancellationToken).ConfigureAwait(false);
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

    private async Task RunCommandAsync(string line, ConsoleLineReader reader, CancellationToken cancellationToken)
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

        if (StartsPaste(invocation))
        {
            if (await ReadPasteAsync(invocation, reader, cancellationToken).ConfigureAwait(false) is not { } pasted)
            {
                return;
            }

            invocation = pasted;
        }

        var reply = await dispatcher.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
        summaryActions.Remember(reply);
        await WriteReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        if (invocation.Name == CommandCatalogue.Help)
        {
            // Console lines that are buttons on Discord, so the catalogue does not list them.
            await WriteAsync(ConsoleSummaryActions.HelpText, cancellationToken).ConfigureAwait(false);
            await WriteAsync(ConsolePasteReader.HelpText, cancellationToken).ConfigureAwait(false);
        }
        if (reply.ThreadName is not null && reply.ThreadArticleId is { } articleId)
        {
            // What the Discord side does after posting: open a thread on the reply and bind it to the article.
            // Thread ids must stay unique across console runs, because bound threads live in the database.
            var threadId = ((ulong)timeProvider.GetUtcNow().ToUnixTimeMilliseconds() * 1000) + (++_threadsOpened % 1000);
            await conversations.BindThreadAsync(threadId, GuildId, articleId, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            _threadId = threadId;
        }
    }

    /// <summary>A /summarize naming nothing to summarize (Discord's usage error): here it means the text comes next.</summary>
    private static bool StartsPaste(CommandInvocation invocation) =>
        invocation.Name == CommandCatalogue.Summarize && !invocation.Options.ContainsKey("query") && !invocation.Options.ContainsKey(CommandCatalogue.SummarizeFile);

    /// <summary>The invocation with the pasted text as its query, or null when a line has already said why there is none.</summary>
    private async Task<CommandInvocation?> ReadPasteAsync(CommandInvocation invocation, ConsoleLineReader reader, CancellationToken cancellationToken)
    {
        // Checked before the paste, so a mistyped length does not throw a whole article away.
        if (!SummarizeCommandHandler.TryParseLength(invocation.Option("length"), out _))
        {
            await WriteAsync($"length must be one of: {string.Join(", ", CommandCatalogue.Lengths)}.", cancellationToken).ConfigureAwait(false);
            return null;
        }

        await WriteAsync(ConsolePasteReader.Prompt, cancellationToken).ConfigureAwait(false);
        var maxBytes = ingestion.Value.MaxResponseBytes;
        var paste = await ConsolePasteReader.ReadAsync(reader, maxBytes, cancellationToken).ConfigureAwait(false);
        if (!_showProgress && paste.Lines > 0)
        {
            // A script's transcript shows that the block was read; a person at the terminal has just seen it.
            await WriteAsync($"[pasted {paste.Lines} line(s)]", cancellationToken).ConfigureAwait(false);
        }

        if (paste.Refusal(maxBytes) is { } refusal)
        {
            await WriteAsync(refusal, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var options = new Dictionary<string, string>(invocation.Options, StringComparer.OrdinalIgnoreCase) { ["query"] = paste.Text! };
        return invocation with { Options = options };
    }

    private async Task WriteReplyAsync(BotReply reply, CancellationToken cancellationToken)
    {
        var hint = ConsoleSummaryActions.Hint(reply);
        await WriteAsync(hint is null ? ConsoleRenderer.Render(reply) : ConsoleRenderer.Render(reply) + hint, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await output.Out.WriteLineAsync(text.TrimEnd().AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
