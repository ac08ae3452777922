using Briefing.Articles;
using Briefing.Ingestion;
using Briefing.Storage;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Fills an empty library with the fictional demo articles shipped in DemoLibrary/ (next to the binary),
/// as global articles, so a fresh clone has something to summarize without a network.
/// </summary>
public sealed class DemoLibraryLoader(IArticleStore articles, IArticleIngestor ingestor, ILogger<DemoLibraryLoader> logger)
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "DemoLibrary");

    /// <summary>Returns how many articles were loaded (0 when the library already had some).</summary>
    public async Task<int> LoadIfEmptyAsync(string folder, CancellationToken cancellationToken)
    {
        if (await articles.CountAsync(cancellationToken).ConfigureAwait(false) > 0 || !Directory.Exists(folder))
        {
            return 0;
        }

        var report = await ingestor.IngestAsync(folder, guildId: null, progress: null, cancellationToken).ConfigureAwait(false);
        HostingLog.DemoLibraryLoaded(logger, report.Stored);
        return report.Stored;
    }
}
