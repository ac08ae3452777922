using Briefing.Retrieval;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Embeds new, changed and corrupt articles every <see cref="RetrievalOptions.IndexInterval"/>, off the ingest
/// path. With <c>Retrieval:Embedder</c> none it does nothing: search stays lexical.
/// </summary>
public sealed class EmbeddingIndexerService(EmbeddingIndexer indexer, TimeProvider timeProvider, IOptions<RetrievalOptions> options, ILogger<EmbeddingIndexerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.UsesEmbeddings
        ? PeriodicLoop.RunAsync(options.Value.IndexInterval, timeProvider, indexer.IndexPendingAsync, ex => HostingLog.EmbeddingFailed(logger, ex), stoppingToken)
        : Task.CompletedTask;
}
