using Briefing.Articles;
using Briefing.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Summaries;

/// <summary>
/// The summarizer the app uses. Looks the summary up in the library's cache by (content hash, engine, model,
/// prompt hash, length) so a repeated request costs no model call; otherwise asks the model when one is
/// configured and the extractive engine when not, or when the model fails (the result then carries
/// <see cref="ArgumentSummary.FallbackReason"/>). Fallback results are cached under the extractive key only,
/// so a model that recovers is used again on the next request.
/// </summary>
public sealed class SummaryService : ISummarizer
{
    public const string ExtractiveEngine = EngineNames.Extractive;
    public const string ModelEngine = EngineNames.Model;

    /// <summary>Prompt hash of extractive cache entries, which use no prompt.</summary>
    private const string NotApplicable = "-";

    private readonly ISummaryCache _cache;
    private readonly IExtractiveSummarizer _extractive;
    private readonly ModelSummarizer? _model;
    private readonly ILogger<SummaryService> _logger;

    internal SummaryService(ISummaryCache cache, IExtractiveSummarizer extractive, ModelSummarizer? model, ILogger<SummaryService> logger)
    {
        _cache = cache;
        _extractive = extractive;
        _model = model;
        _logger = logger;
    }

    public Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken) =>
        SummarizeAsync(article, length, progress: null, cancellationToken);

    public async Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, IProgress<SummaryProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        string? fallbackReason = null;
        if (_model is not null)
        {
            var modelKey = new SummaryCacheKey(article.ContentHash, ModelEngine, _model.Model, _model.PromptHash, length);
            if (await CachedAsync(article, modelKey, cancellationToken).ConfigureAwait(false) is { } hit)
            {
                return hit;
            }

            try
            {
                var summary = await _model.SummarizeAsync(article, length, progress, cancellationToken).ConfigureAwait(false);
                await _cache.PutAsync(modelKey, summary, cancellationToken).ConfigureAwait(false);
                return summary;
            }
            catch (ModelCallException exception)
            {
                fallbackReason = exception.Message;
                SummariesLog.SummaryFellBack(_logger, article.Id, fallbackReason);
            }
        }

        var extractiveKey = new SummaryCacheKey(article.ContentHash, ExtractiveEngine, _extractive.Version ?? NotApplicable, NotApplicable, length);
        var result = await CachedAsync(article, extractiveKey, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            result = await _extractive.SummarizeAsync(article, length, cancellationToken).ConfigureAwait(false);
            await _cache.PutAsync(extractiveKey, result with { FallbackReason = null }, cancellationToken).ConfigureAwait(false);
        }

        return fallbackReason is null ? result : result with { FallbackReason = fallbackReason };
    }

    private async Task<ArgumentSummary?> CachedAsync(Article article, SummaryCacheKey key, CancellationToken cancellationToken)
    {
        var cached = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is null)
        {
            return null;
        }

        SummariesLog.CacheHit(_logger, article.Id, key.Engine, key.Length);
        // The same text can be stored as several articles (another guild, another URL): show this one.
        return cached with { Article = ArticleReferences.From(article) };
    }
}
