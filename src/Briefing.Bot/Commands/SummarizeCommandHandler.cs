using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary><c>/summarize query:&lt;text or URL&gt; [length]</c>: the argument of the best matching article, with a thread to discuss it.</summary>
public sealed class SummarizeCommandHandler(ArticleFinder finder, ISummarizer summarizer, IOptions<CommandOptions> options, IOptions<LibraryOptions> library) : ICommandHandler
{
    public string Name => CommandCatalogue.Summarize;

    public async Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var query = invocation.Option("query");
        if (query is null)
        {
            return BotReply.Text("Tell me what to summarize: /summarize query:<words or a URL>.", ephemeral: true);
        }

        if (!TryParseLength(invocation.Option("length"), out var length))
        {
            return BotReply.Text($"length must be one of: {string.Join(", ", CommandCatalogue.Lengths)}.", ephemeral: true);
        }

        ArticleMatch? match;
        try
        {
            // A member's link is read and stored for the server, but only a manager's enters the digest (unless configured).
            var inDigest = invocation.CanManageGuild || library.Value.MemberLinksInDigest;
            match = await finder.FindAsync(query, invocation.Scope, inDigest, options.Value.OtherMatches, invocation.Progress, cancellationToken).ConfigureAwait(false);
        }
        catch (IngestionException ex)
        {
            return BotReply.Text($"I could not read that link: {ex.Message}", ephemeral: true);
        }

        if (match is null)
        {
            return BotReply.Text($"Nothing in the library matches “{TextCut.Truncate(query, 80)}”. Add an article with /library add url:<link>.", ephemeral: true);
        }

        // The summarizer reports only model calls: a cached or extractive summary is instant and shows no status.
        var title = match.Article.Title;
        var progress = invocation.Progress is { } status
            ? new CallbackProgress<SummaryProgress>(step => status.Report(ProgressText.Summarizing(title, step.Part, step.Parts)))
            : null;
        var summary = await summarizer.SummarizeAsync(match.Article, length, progress, cancellationToken).ConfigureAwait(false);
        return SummaryReply.Build(summary, match.OtherMatches);
    }

    public static bool TryParseLength(string? text, out SummaryLength length)
    {
        length = SummaryLength.Standard;
        return text is null || (Enum.TryParse(text, ignoreCase: true, out length) && Enum.IsDefined(length) && !int.TryParse(text, out _));
    }
}
