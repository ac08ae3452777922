using Briefing.Discord.Interactions;
using Briefing.Embeddings;
using Briefing.Retrieval;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Embeds new, changed and corrupt articles every <see cref="RetrievalOptions.IndexInterval"/>, off the ingest
/// path, giving way to interactions before every model call (<see cref="InteractionYield"/>). The local model gets one
/// article per call, so once interactions arrive it holds the cores for one short call at most; a remote embedder costs
/// this machine no CPU and keeps whole batches. With <c>Retrieval:Embedder</c> none it does nothing: search stays lexical.
/// </summary>
public sealed class EmbeddingIndexerService(
    EmbeddingIndexer indexer, ITextEmbedder embedder, TimeProvider timeProvider, IOptions<RetrievalOptions> options, ILogger<EmbeddingIndexerService> logger,
    IInteractionActivity? interactions = null) : BackgroundService
{
    private readonly IndexPacing _pacing = new(
        new InteractionYield(interactions, timeProvider, logger).WaitAsync, embedder is MiniLmEmbedder ? 1 : options.Value.IndexBatchSize);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.UsesEmbeddings
        ? PeriodicLoop.RunAsync(options.Value.IndexInterval, timeProvider, IndexAsync, ex => HostingLog.EmbeddingFailed(logger, ex), stoppingToken)
        : Task.CompletedTask;

    private async Task IndexAsync(CancellationToken stoppingToken)
    {
        try
        {
            await indexer.IndexPendingAsync(_pacing, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (stoppingToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // The ONNX runtime reports a run cut short by the token as its own failure: stopping mid-batch is still a stop,
            // not a crashed background service.
            throw new OperationCanceledException("stopped during an embedding batch", ex, stoppingToken);
        }
    }
}
