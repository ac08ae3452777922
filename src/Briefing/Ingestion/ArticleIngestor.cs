using Briefing.Articles;
using Briefing.Storage;
using Microsoft.Extensions.Logging;

namespace Briefing.Ingestion;

/// <summary>
/// The one entry point for putting sources into the library: a file, a folder (recursively), an article URL or a
/// feed URL (recognised by its content). Extraction happens before anything is written, and each article is saved
/// by <see cref="IArticleStore"/> in a transaction (a folder's, a hundred at a time), so a failing source leaves the
/// library as it was.
/// </summary>
public sealed partial class ArticleIngestor(
    ArticleLoader loader,
    FeedItemIngestor feedItems,
    IArticleStore store,
    ILogger<ArticleIngestor> logger) : IArticleIngestor
{
    private const int SaveBatchSize = 100;

    public async Task<IngestReport> IngestAsync(string source, ulong? guildId, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var kind = Classify(source, out var url, out var path);
        if (kind == SourceKind.Folder)
        {
            return await IngestFolderAsync(path, guildId, progress, cancellationToken).ConfigureAwait(false);
        }

        if (kind == SourceKind.File)
        {
            var draft = await loader.LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
            return new IngestReport([await SaveAsync(source, draft, guildId, cancellationToken).ConfigureAwait(false)]);
        }

        var loaded = await loader.LoadUrlAsync(url!, "url", cancellationToken).ConfigureAwait(false);
        if (loaded.Feed is { } feed)
        {
            LogFeedDetected(logger, loaded.Url.AbsoluteUri, feed.Items.Count);
            if (feed.Items.Count == 0)
            {
                throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text (the feed has no items)");
            }

            return new IngestReport(await feedItems.IngestAsync(feed, loaded.Url, guildId, "url", progress, cancellationToken).ConfigureAwait(false));
        }

        return new IngestReport([await SaveAsync(source, loaded.Article!, guildId, cancellationToken).ConfigureAwait(false)]);
    }

    public async Task<ArticleDraft> LoadAsync(string source, ulong? guildId, CancellationToken cancellationToken)
    {
        var kind = Classify(source, out var url, out var path);
        if (kind == SourceKind.Folder)
        {
            throw new IngestionException(source, IngestionFailure.InvalidSource, "is a folder; give one file or URL");
        }

        if (kind == SourceKind.File)
        {
            return await loader.LoadFileAsync(path, cancellationToken).ConfigureAwait(false) with { GuildId = guildId };
        }

        var loaded = await loader.LoadUrlAsync(url!, "url", cancellationToken).ConfigureAwait(false);
        return loaded.Article is { } article
            ? article with { GuildId = guildId }
            : throw new IngestionException(source, IngestionFailure.InvalidSource, "is a feed, not an article; ingest it or add it as a feed");
    }

    private async Task<IngestReport> IngestFolderAsync(string folder, ulong? guildId, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => ArticleLoader.FileExtensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new IngestionException(folder, IngestionFailure.NoReadableText, "no .txt, .md or .html files in the folder");
        }

        var items = new List<IngestedItem>(files.Count);
        // Loaded files are saved a batch at a time, one transaction each: per-article commits (and, on SQLite, a new
        // full-text segment per commit to merge later) cost more than the articles' own writes.
        var batch = new List<(string File, ArticleDraft Draft)>(SaveBatchSize);
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new IngestProgress(i, files.Count, files[i]));
            try
            {
                var draft = await loader.LoadFileAsync(files[i], cancellationToken).ConfigureAwait(false);
                batch.Add((files[i], draft with { GuildId = guildId }));
            }
            catch (IngestionException ex)
            {
                await SaveBatchAsync(batch, items, cancellationToken).ConfigureAwait(false);
                LogItemFailed(logger, files[i], ex.Reason);
                items.Add(new IngestedItem(files[i], null, null, ex.Message));
            }

            if (batch.Count == SaveBatchSize)
            {
                await SaveBatchAsync(batch, items, cancellationToken).ConfigureAwait(false);
            }
        }

        await SaveBatchAsync(batch, items, cancellationToken).ConfigureAwait(false);
        progress?.Report(new IngestProgress(files.Count, files.Count, folder));
        return new IngestReport(items);
    }

    // Keeps the report in file order: a failed file first saves what was loaded before it.
    private async Task SaveBatchAsync(List<(string File, ArticleDraft Draft)> batch, List<IngestedItem> items, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var results = await store.SaveManyAsync(batch.Select(b => b.Draft).ToList(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            LogStored(logger, results[i].ArticleId, results[i].Outcome, batch[i].Draft.Paragraphs.Count);
            items.Add(new IngestedItem(batch[i].File, batch[i].Draft.Title, results[i], null));
        }

        batch.Clear();
    }

    private async Task<IngestedItem> SaveAsync(string source, ArticleDraft draft, ulong? guildId, CancellationToken cancellationToken)
    {
        var result = await store.SaveAsync(draft with { GuildId = guildId }, cancellationToken).ConfigureAwait(false);
        LogStored(logger, result.ArticleId, result.Outcome, draft.Paragraphs.Count);
        return new IngestedItem(source, draft.Title, result, null);
    }

    /// <summary>Decides what a source is; <paramref name="path"/> is the local path for files and folders (file: URIs unwrapped).</summary>
    private static SourceKind Classify(string source, out Uri? url, out string path)
    {
        url = null;
        path = source;
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new IngestionException("(empty)", IngestionFailure.InvalidSource, "no source given; expected a file, a folder or an http(s) URL");
        }

        var trimmed = source.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) && !Path.IsPathRooted(trimmed))
        {
            if (parsed.IsFile)
            {
                path = parsed.LocalPath;
                return Directory.Exists(path) ? SourceKind.Folder : SourceKind.File;
            }

            if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            {
                throw new IngestionException(source, IngestionFailure.InvalidSource, $"only http and https URLs can be fetched, not {parsed.Scheme}:");
            }

            url = parsed;
            return SourceKind.Url;
        }

        path = trimmed;
        return Directory.Exists(trimmed) ? SourceKind.Folder : SourceKind.File;
    }

    private enum SourceKind
    {
        File,
        Folder,
        Url,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored article {ArticleId} ({Outcome}, {ParagraphCount} paragraphs)")]
    private static partial void LogStored(ILogger logger, long articleId, ArticleSaveOutcome outcome, int paragraphCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Url} is a feed with {ItemCount} items")]
    private static partial void LogFeedDetected(ILogger logger, string url, int itemCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Source}: {Reason}")]
    private static partial void LogItemFailed(ILogger logger, string source, IngestionFailure reason);
}
