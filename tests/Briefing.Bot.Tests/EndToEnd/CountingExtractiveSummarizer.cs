using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>The real extractive engine, counting the summaries it actually computes (a cache hit never reaches it).</summary>
public sealed class CountingExtractiveSummarizer(IExtractiveSummarizer inner) : IExtractiveSummarizer
{
    private int _computed;

    public int Computed => Volatile.Read(ref _computed);

    public string Version => inner.Version;

    public Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _computed);
        return inner.SummarizeAsync(article, length, cancellationToken);
    }

    /// <summary>Puts a counting engine in the host's place of the extractive one; returns it for the test to read.</summary>
    public static CountingExtractiveSummarizer Install(IServiceCollection services)
    {
        var counting = new CountingExtractiveSummarizer(new ExtractiveSummarizer());
        services.Replace(ServiceDescriptor.Singleton<IExtractiveSummarizer>(counting));
        return counting;
    }
}
