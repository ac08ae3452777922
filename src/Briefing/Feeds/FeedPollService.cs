using Briefing.Articles;
using Briefing.Articles.Fetching;
using Briefing.Articles.Syndication;
using Briefing.Diagnostics;
using Briefing.Ingestion;
using Briefing.Timing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Feeds;

/// <summary>
/// Adds feeds (validated by one fetch and parse) and polls the due ones: a conditional GET with the stored
/// ETag/Last-Modified, new items into the library, and on failure an exponential backoff that ends with the feed
/// disabled after <see cref="FeedOptions.DisableAfterFailures"/> consecutive failures.
/// A hosted loop calls <see cref="PollDueAsync"/> every <see cref="FeedOptions.CheckInterval"/>.
/// </summary>
public sealed partial class FeedPollService(
    IFeedStore feeds,
    GuardedHttpFetcher fetcher,
    FeedParser parser,
    FeedItemIngestor items,
    IOptions<FeedOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPollService> logger,
    BriefingMetrics metrics)
{
    /// <summary>Fetches and parses the feed once (throws <see cref="IngestionException"/> if it is not a usable feed), then stores it with its title.</summary>
    public async Task<Feed> AddFeedAsync(string url, ulong? guildId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var feedUrl))
        {
            throw new IngestionException(url ?? "(empty)", IngestionFailure.InvalidSource, "not a URL; expected an http(s) feed address");
        }

        var fetched = await fetcher.FetchAsync(feedUrl, conditional: null, cancellationToken).ConfigureAwait(false);
        var parsed = parser.Parse(fetched.Body, fetched.Url, url!);
        var now = timeProvider.GetUtcNow();
        var feed = await feeds.AddAsync(feedUrl.AbsoluteUri, guildId, now, cancellationToken).ConfigureAwait(false);
        // No validators are recorded yet: the first poll must fetch the whole feed and ingest its items.
        await feeds.RecordSuccessAsync(feed.Id, parsed.Title, null, null, null, now, now, cancellationToken).ConfigureAwait(false);
        return feed with { Title = parsed.Title, LastPolledAt = now, NextPollAt = now };
    }

    /// <summary>
    /// Claims and polls the enabled feeds whose next poll is due (at most <see cref="FeedOptions.BatchSize"/>). Each feed
    /// is polled on its own: one that throws, even while its failure is being recorded, never stops the others.
    /// </summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(CancellationToken cancellationToken)
    {
        // Claimed, not just listed: with several instances on one PostgreSQL each due feed is polled by one of them.
        var due = await feeds.ClaimDueAsync(timeProvider.GetUtcNow(), options.Value.ClaimLease, options.Value.BatchSize, cancellationToken).ConfigureAwait(false);
        var results = new List<FeedPollResult>(due.Count);
        foreach (var feed in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                results.Add(await PollAsync(feed, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Recording the outcome failed too (the database went away?). The claim's lease frees the feed later.
                LogPollCrashed(logger, feed.Id, ex);
                results.Add(new FeedPollResult(feed.Id, false, [], $"{feed.Url}: {CouldNotPoll}", false));
            }
        }

        return results;
    }

    /// <summary>
    /// Polls one feed. A failed fetch or parse, or any other fault of the poll, counts as the feed's failure (backoff,
    /// then disabled); an item that fails is skipped and named in the feed's last error, while the poll still succeeds.
    /// </summary>
    public async Task<FeedPollResult> PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var settings = options.Value;
        try
        {
            var url = new Uri(feed.Url);
            var fetched = await fetcher.FetchAsync(url, new ConditionalRequest(feed.ETag, feed.LastModified), cancellationToken).ConfigureAwait(false);
            var now = timeProvider.GetUtcNow();
            if (fetched.NotModified)
            {
                // Nothing was ingested: a skipped item named by the last full poll is still skipped, so its note stays.
                var keptError = feed.FailureCount == 0 ? feed.LastError : null;
                await feeds.RecordSuccessAsync(feed.Id, feed.Title, fetched.ETag ?? feed.ETag, fetched.LastModified ?? feed.LastModified, keptError, now, now + settings.PollInterval, cancellationToken).ConfigureAwait(false);
                LogNotModified(logger, feed.Id);
                metrics.FeedPolled("not_modified");
                return new FeedPollResult(feed.Id, true, [], null, false);
            }

            var parsed = parser.Parse(fetched.Body, fetched.Url, feed.Url);
            var newest = parsed with { Items = parsed.Items.Take(settings.MaxItemsPerPoll).ToList() };
            var ingested = await items.IngestAsync(newest, fetched.Url, feed.GuildId, $"feed:{feed.Id}", progress: null, cancellationToken).ConfigureAwait(false);
            now = timeProvider.GetUtcNow();
            await feeds.RecordSuccessAsync(feed.Id, parsed.Title ?? feed.Title, fetched.ETag, fetched.LastModified, SkippedItems(ingested), now, now + settings.PollInterval, cancellationToken).ConfigureAwait(false);
            LogPolled(logger, feed.Id, ingested.Count(i => i.Result is not null), ingested.Count(i => i.Error is not null));
            metrics.FeedPolled("ingested");
            return new FeedPollResult(feed.Id, false, ingested, null, false);
        }
        catch (Exception ex) when (ex is IngestionException or UriFormatException)
        {
            return await RecordFailureAsync(feed, ex.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPollCrashed(logger, feed.Id, ex);
            return await RecordFailureAsync(feed, $"{feed.Url}: {CouldNotPoll}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The reason recorded for a poll that failed other than by fetching or parsing (the log has the exception).</summary>
    public const string CouldNotPoll = "could not be polled (see the bot's log)";

    private async Task<FeedPollResult> RecordFailureAsync(Feed feed, string error, CancellationToken cancellationToken)
    {
        metrics.FeedPolled("failed");
        var settings = options.Value;
        var failures = feed.FailureCount + 1;
        var disable = failures >= settings.DisableAfterFailures;
        var now = timeProvider.GetUtcNow();
        await feeds.RecordFailureAsync(feed.Id, error, now, now + Backoff(failures, settings), disable, cancellationToken).ConfigureAwait(false);
        LogFailed(logger, feed.Id, failures, disable);
        return new FeedPollResult(feed.Id, false, [], error, disable);
    }

    /// <summary>"2 items skipped; first: &lt;its one-line error&gt;", or null when every item went in.</summary>
    internal static string? SkippedItems(IReadOnlyList<IngestedItem> ingested)
    {
        var failed = ingested.Where(i => i.Error is not null).ToList();
        return failed.Count switch
        {
            0 => null,
            1 => $"1 item skipped: {failed[0].Error}",
            _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{failed.Count} items skipped; first: {failed[0].Error}"),
        };
    }

    /// <summary>PollInterval × 2^(failures−1), capped at MaxBackoff: 1st failure waits one interval, then 2, 4, 8 ...</summary>
    public static TimeSpan Backoff(int consecutiveFailures, FeedOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return DoublingBackoff.For(consecutiveFailures, settings.PollInterval, settings.MaxBackoff);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedId} not modified")]
    private static partial void LogNotModified(ILogger logger, long feedId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} polled: {Stored} items stored, {Failed} failed")]
    private static partial void LogPolled(ILogger logger, long feedId, int stored, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} failed unexpectedly")]
    private static partial void LogPollCrashed(ILogger logger, long feedId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} failed ({Failures} in a row, disabled: {Disabled})")]
    private static partial void LogFailed(ILogger logger, long feedId, int failures, bool disabled);
}
