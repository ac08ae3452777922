using Briefing.Articles;

namespace Briefing.Ingestion;

/// <summary>Turns sources (file, folder, URL, RSS/Atom feed URL) into stored articles.</summary>
public interface IArticleIngestor
{
    /// <summary>
    /// Ingests a file, a folder of .txt/.md/.html files, an article URL or a feed URL (detected by content).
    /// A source that fails as a whole throws <see cref="IngestionException"/>; per-item failures inside a
    /// folder or feed are reported in the result.
    /// </summary>
    Task<IngestReport> IngestAsync(string source, ulong? guildId, IProgress<IngestProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Fetches and extracts one article (file or URL) without storing it.</summary>
    Task<ArticleDraft> LoadAsync(string source, ulong? guildId, CancellationToken cancellationToken);
}
