using Briefing.Summaries;

namespace Briefing.Summaries;

/// <summary>Stored summaries keyed by (content hash, engine, model, prompt hash, length): a hit costs no model call.</summary>
public interface ISummaryCache
{
    Task<ArgumentSummary?> GetAsync(SummaryCacheKey key, CancellationToken cancellationToken);
    Task PutAsync(SummaryCacheKey key, ArgumentSummary summary, CancellationToken cancellationToken);
}

public sealed record SummaryCacheKey(string ContentHash, string Engine, string Model, string PromptHash, SummaryLength Length);
