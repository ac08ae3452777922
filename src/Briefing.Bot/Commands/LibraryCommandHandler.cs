using System.Globalization;
using Briefing.Articles;
using Briefing.Retrieval;
using Briefing.Storage;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary><c>/library add|search|remove</c>, scoped to the guild (in a direct message: to the user's own articles).</summary>
public sealed class LibraryCommandHandler(ArticleFinder finder, IArticleStore articles, IArticleRetriever retriever, IOptions<CommandOptions> options) : ICommandHandler
{
    public string Name => CommandCatalogue.Library;

    public async Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        invocation.Subcommand switch
        {
            "add" => await AddAsync(invocation, cancellationToken).ConfigureAwait(false),
            "search" => await SearchAsync(invocation, cancellationToken).ConfigureAwait(false),
            "remove" => await RemoveAsync(invocation, cancellationToken).ConfigureAwait(false),
            _ => BotReply.Text("Use /library add, search or remove.", ephemeral: true),
        };

    private async Task<BotReply> AddAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var url = invocation.Option("url");
        if (url is null || !ArticleFinder.IsWebUrl(url))
        {
            return BotReply.Text("url must be an http(s) address of an article.", ephemeral: true);
        }

        try
        {
            var id = await finder.IngestAsync(url.Trim(), invocation.Scope, inDigest: true, invocation.Progress, cancellationToken).ConfigureAwait(false);
            var article = await articles.GetAsync(id, cancellationToken).ConfigureAwait(false);
            return BotReply.Text($"Added #{id}: {MarkdownText.Inline(article?.Title ?? url, 200)}. Try /summarize query:{id}.", ephemeral: true);
        }
        catch (IngestionException ex)
        {
            return BotReply.Text($"I could not add that link: {ex.Message}", ephemeral: true);
        }
    }

    private async Task<BotReply> SearchAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var query = invocation.Option("query");
        if (query is null)
        {
            return BotReply.Text("Give me words to look for: /library search query:<words>.", ephemeral: true);
        }

        if (!SearchQueries.HasSearchableWords(query))
        {
            return BotReply.Text(SearchQueries.NoSearchableWordsHint, ephemeral: true);
        }

        var hits = await retriever.SearchAsync(query, invocation.Scope, options.Value.SearchResults, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0)
        {
            return BotReply.Text($"Nothing matches “{MarkdownText.Inline(query, 80)}”.", ephemeral: true);
        }

        var card = new ReplyCard
        {
            Title = $"Library: {MarkdownText.Inline(query, 200)}",
            Fields = hits.Select(h => new ReplyField(
                $"#{h.ArticleId} " + MarkdownText.Inline(h.Title, ReplyText.TitleLimit - 21),
                MarkdownText.Snippet(h.Snippet, query, 300) + $"\n{MarkdownText.Escape(h.Url)}" + SameStoryLine(h))).ToList(),
        };
        return new BotReply { Messages = [new ReplyMessage { Cards = [card] }], Ephemeral = true };
    }

    // One story from several sites is one result; the other copies are named, not listed again.
    private static string SameStoryLine(SearchHit hit) => hit.SameStory.Count == 0
        ? ""
        : "\nAlso at: " + string.Join(", ", hit.SameStory.Select(s => $"#{s.ArticleId} {MarkdownText.Escape(s.Url)}"));

    private async Task<BotReply> RemoveAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (!long.TryParse(invocation.Option("id")?.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return BotReply.Text("id must be an article number, e.g. 12.", ephemeral: true);
        }

        var removed = await articles.RemoveAsync(id, invocation.Scope, cancellationToken).ConfigureAwait(false);
        return BotReply.Text(removed ? $"Removed article #{id}." : $"There is no article #{id} that this server can remove.", ephemeral: true);
    }
}
