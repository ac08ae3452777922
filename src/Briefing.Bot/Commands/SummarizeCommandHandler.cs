using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// <c>/summarize query:&lt;words, URL or pasted text&gt; | file:&lt;attachment&gt; [length]</c>: the argument of the best
/// matching article, of a linked page, of the pasted text or of the attached file, with a thread to discuss it.
/// </summary>
public sealed class SummarizeCommandHandler(
    ArticleFinder finder, SubmittedTextReader submitted, ISummarizer summarizer, IOptions<CommandOptions> options, IOptions<LibraryOptions> library) : ICommandHandler
{
    public string Name => CommandCatalogue.Summarize;

    public async Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var query = invocation.Option("query");
        var file = invocation.Attachment(CommandCatalogue.SummarizeFile);
        // The dispatcher has made sure exactly one of query and file is given (CommandDefinition.ExactlyOne).
        if (query is null && file is null)
        {
            // Only Discord carries files with a command; the console has the text itself.
            return BotReply.Text("file: takes a file attached in Discord. Here, paste the text into query: (or run summarize --file PATH).", ephemeral: true);
        }

        if (!TryParseLength(invocation.Option("length"), out var length))
        {
            return BotReply.Text($"length must be one of: {string.Join(", ", CommandCatalogue.Lengths)}.", ephemeral: true);
        }

        ArticleMatch? match;
        try
        {
            match = await FindAsync(invocation, query, file, cancellationToken).ConfigureAwait(false);
        }
        catch (IngestionException ex)
        {
            // Pasted text and attachments name themselves in the message ("the pasted text: …", "notes.txt: …").
            return BotReply.Text(
                query is not null && ArticleFinder.IsWebUrl(query) ? $"I could not read that link: {ex.Message}" : $"I could not read {MarkdownText.Inline(ex.Message, 300)}",
                ephemeral: true);
        }

        if (match is null)
        {
            return BotReply.Text($"Nothing in the library matches “{TextCut.Truncate(query!, 80)}”. Add an article with /library add url:<link>.", ephemeral: true);
        }

        // The summarizer reports only model calls: a cached or extractive summary is instant and shows no status.
        var title = match.Article.Title;
        var progress = invocation.Progress is { } status
            ? new CallbackProgress<SummaryProgress>(step => status.Report(ProgressText.Summarizing(title, step.Part, step.Parts)))
            : null;
        var summary = await summarizer.SummarizeAsync(match.Article, length, progress, cancellationToken).ConfigureAwait(false);
        return SummaryReply.Interactive(summary, match.OtherMatches, length);
    }

    public static bool TryParseLength(string? text, out SummaryLength length)
    {
        length = SummaryLength.Standard;
        return text is null || (Enum.TryParse(text, ignoreCase: true, out length) && Enum.IsDefined(length) && !int.TryParse(text, out _));
    }

    /// <summary>An attached file or pasted text is read and stored; words are searched; a URL is fetched.</summary>
    private async Task<ArticleMatch?> FindAsync(CommandInvocation invocation, string? query, CommandAttachment? file, CancellationToken cancellationToken)
    {
        // Handed-over text and links are stored for the server (or the user, in a DM), but only a manager's enter the
        // digest (unless configured).
        var inDigest = invocation.CanManageGuild || library.Value.MemberLinksInDigest;
        if (file is not null)
        {
            return new ArticleMatch(await submitted.ReadAttachmentAsync(file, invocation.Scope, inDigest, invocation.Progress, cancellationToken).ConfigureAwait(false), []);
        }

        if (PastedText.IsPastedText(query))
        {
            return new ArticleMatch(await submitted.ReadPastedAsync(query!, invocation.Scope, inDigest, cancellationToken).ConfigureAwait(false), []);
        }

        return await finder.FindAsync(query!, invocation.Scope, inDigest, options.Value.OtherMatches, invocation.Progress, cancellationToken).ConfigureAwait(false);
    }
}
