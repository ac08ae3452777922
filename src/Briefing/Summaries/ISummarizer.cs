using Briefing.Articles;

namespace Briefing.Summaries;

/// <summary>Produces an argument summary. The service behind it caches and falls back to the extractive engine.</summary>
public interface ISummarizer
{
    Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="SummarizeAsync(Article, SummaryLength, CancellationToken)"/>, telling <paramref name="progress"/>
    /// before each slow step (a model call), so a caller can show that work is under way only when it is slow.
    /// Engines without slow steps need not implement it.
    /// </summary>
    Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, IProgress<SummaryProgress>? progress, CancellationToken cancellationToken) =>
        SummarizeAsync(article, length, cancellationToken);
}
