using Briefing.Articles;

namespace Briefing.Summaries;

/// <summary>Produces an argument summary. The service behind it caches and falls back to the extractive engine.</summary>
public interface ISummarizer
{
    Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken);
}
