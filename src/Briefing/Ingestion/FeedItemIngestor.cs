using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefing.Articles;
using Briefing.Articles.Extraction;
using Briefing.Articles.Syndication;
using Briefing.Storage;
using Microsoft.Extensions.Logging;

namespace Briefing.Ingestion;

/// <summary>
/// Stores a parsed feed's items as articles. An item whose text is only a teaser is fetched in full from its link
/// through the same guarded fetcher; an item that fails, for whatever reason, is reported and the others still go through.
/// </summary>
public sealed partial class FeedItemIngestor(ArticleLoader loader, IArticleStore store, ILogger<FeedItemIngestor> logger)
{
    /// <summary>A single paragraph shorter than this is a teaser; so is anything shorter than half of it.</summary>
    internal const int TeaserMaxChars = 600;

    /// <summary>The reason shown for an item that failed for a reason other than ingestion (the log has the exception).</summary>
    public const string CouldNotStore = "could not be stored (see the bot's log)";

    public async Task<IReadOnlyList<IngestedItem>> IngestAsync(
        ParsedFeed feed, Uri feedUrl, ulong? guildId, string origin, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var results = new List<IngestedItem>();
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = feed.Items[i];
            var itemSource = item.Link?.AbsoluteUri ?? $"{feedUrl.AbsoluteUri} item {i + 1}";
            progress?.Report(new IngestProgress(i, feed.Items.Count, itemSource));
            try
            {
                var draft = await ToDraftAsync(item, itemSource, origin, cancellationToken).ConfigureAwait(false);
                var saved = await store.SaveAsync(draft with { GuildId = guildId }, cancellationToken).ConfigureAwait(false);
                results.Add(new IngestedItem(itemSource, draft.Title, saved, null));
            }
            catch (IngestionException ex)
            {
                LogItemFailed(logger, itemSource, ex.Reason);
                results.Add(new IngestedItem(itemSource, item.Title, null, ex.Message));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A poison item (text the schema refuses, a store fault): its save rolled back on its own, so it is
                // skipped and the rest of the feed still goes in. The detail is for the log, not for readers.
                LogItemCrashed(logger, itemSource, ex);
                results.Add(new IngestedItem(itemSource, item.Title, null, $"{itemSource}: {CouldNotStore}"));
            }
        }

        progress?.Report(new IngestProgress(feed.Items.Count, feed.Items.Count, feedUrl.AbsoluteUri));
        return results;
    }

    private async Task<ArticleDraft> ToDraftAsync(FeedItem item, string itemSource, string origin, CancellationToken cancellationToken)
    {
        var paragraphs = item.ContentHtml is null
            ? []
            : ParagraphSplitter.Split(new HtmlParser().ParseDocument(item.ContentHtml).Body!);
        if (item.Link is not null && IsTeaser(paragraphs))
        {
            var loaded = await loader.LoadUrlAsync(item.Link, origin, cancellationToken).ConfigureAwait(false);
            var full = loaded.Article
                ?? throw new IngestionException(itemSource, IngestionFailure.NoReadableText, "no readable text (the item's link is another feed)");
            // The feed's own metadata is usually cleaner than what is scraped from the page.
            return full with
            {
                Title = item.Title ?? full.Title,
                Authors = item.Authors.Count > 0 ? item.Authors : full.Authors,
                PublishedAt = item.PublishedAt ?? full.PublishedAt,
                Origin = origin,
            };
        }

        if (item.Link is null)
        {
            // Every library article is keyed by its URL; an item without one cannot be stored or deduplicated.
            throw new IngestionException(itemSource, IngestionFailure.InvalidSource, "the item has no link");
        }

        if (item.Title is null && paragraphs.Count < 2)
        {
            throw new IngestionException(itemSource, IngestionFailure.NoReadableText, "no readable text in the item");
        }

        var title = item.Title ?? paragraphs[0];
        return new ArticleDraft
        {
            Url = item.Link.AbsoluteUri,
            Title = title,
            Authors = item.Authors,
            PublishedAt = item.PublishedAt,
            Paragraphs = item.Title is null ? paragraphs.Skip(1).ToList() : paragraphs,
            Origin = origin,
        };
    }

    /// <summary>
    /// Feeds either carry the whole article or a teaser: a sentence or two, often ending in "…" or "Read more".
    /// Several paragraphs of text are taken as the article itself.
    /// </summary>
    internal static bool IsTeaser(IReadOnlyList<string> paragraphs)
    {
        var length = paragraphs.Sum(p => p.Length);
        return length < TeaserMaxChars / 2
            || (paragraphs.Count <= 1 && length < TeaserMaxChars)
            || TeaserEnding().IsMatch(paragraphs[^1]);
    }

    [GeneratedRegex(@"(\u2026|\.\.\.|\[\s*(\u2026|\.\.\.)\s*\]|\b(read more|continue reading|read the full (story|article|post))\W*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserEnding();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed item {Source} skipped: {Reason}")]
    private static partial void LogItemFailed(ILogger logger, string source, IngestionFailure reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed item {Source} could not be stored; skipped")]
    private static partial void LogItemCrashed(ILogger logger, string source, Exception exception);
}
