using System.Globalization;
using Briefing.Articles;
using Briefing.Feeds;

namespace Briefing.Bot.Commands;

/// <summary><c>/feeds add|list|remove</c>. The poller ingests new items; the list shows each feed's health and last error.</summary>
public sealed class FeedsCommandHandler(IFeedStore feeds, FeedPollService poller) : ICommandHandler
{
    public string Name => CommandCatalogue.Feeds;

    public async Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        switch (invocation.Subcommand)
        {
            case "add":
                var url = invocation.Option("url");
                if (url is null || !ArticleFinder.IsWebUrl(url))
                {
                    return BotReply.Text("url must be an http(s) address of an RSS or Atom feed.", ephemeral: true);
                }

                try
                {
                    // Fetched and parsed once now, so a wrong address is reported here rather than failing quietly later.
                    invocation.Progress?.Report(ProgressText.CheckingFeed(url.Trim()));
                    var feed = await poller.AddFeedAsync(url.Trim(), invocation.GuildId, cancellationToken).ConfigureAwait(false);
                    return BotReply.Text($"Following feed #{feed.Id}: {MarkdownText.Inline(feed.Title ?? feed.Url, 200)}. New items arrive with the next poll.", ephemeral: true);
                }
                catch (IngestionException ex)
                {
                    return BotReply.Text($"I could not use that feed: {ex.Message}", ephemeral: true);
                }

            case "list":
                var all = await feeds.ListAsync(invocation.GuildId, cancellationToken).ConfigureAwait(false);
                return all.Count == 0
                    ? BotReply.Text("No feeds yet. Add one with /feeds add url:<feed address>.", ephemeral: true)
                    : BotReply.Text(string.Join('\n', all.Select(Describe)), ephemeral: true);

            case "remove":
                if (!long.TryParse(invocation.Option("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    return BotReply.Text("id must be a feed number from /feeds list.", ephemeral: true);
                }

                var removed = await feeds.RemoveAsync(id, invocation.GuildId, cancellationToken).ConfigureAwait(false);
                return BotReply.Text(removed ? $"Stopped following feed #{id}." : $"There is no feed #{id} here.", ephemeral: true);

            default:
                return BotReply.Text("Use /feeds add, list or remove.", ephemeral: true);
        }
    }

    public static string Describe(Feed feed)
    {
        // Feed titles and errors come from the feed's own XML and pages: escaped.
        var url = MarkdownText.Escape(feed.Url);
        var name = string.IsNullOrWhiteSpace(feed.Title) ? url : $"{MarkdownText.Inline(feed.Title, 80)} ({url})";
        var state = feed.Disabled
            ? string.Create(CultureInfo.InvariantCulture, $"DISABLED after {feed.FailureCount} failures")
            : feed.FailureCount > 0
                ? string.Create(CultureInfo.InvariantCulture, $"failing ({feed.FailureCount} in a row), next try {feed.NextPollAt:yyyy-MM-dd HH:mm} UTC")
                : feed.LastPolledAt is { } polled
                    ? string.Create(CultureInfo.InvariantCulture, $"ok, polled {polled:yyyy-MM-dd HH:mm} UTC")
                    : "waiting for its first poll";
        var error = feed.LastError is null ? string.Empty : $"; last error: {MarkdownText.Inline(feed.LastError, 200)}";
        return $"#{feed.Id} {name}: {state}{error}";
    }
}
