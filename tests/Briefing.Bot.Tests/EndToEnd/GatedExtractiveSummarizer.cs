using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>The real extractive engine, except that Short summaries wait until the test opens the gate (work slower than Discord's deadline, on cue) or breaks it.</summary>
public sealed class GatedExtractiveSummarizer(IExtractiveSummarizer inner) : IExtractiveSummarizer
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Version => inner.Version;

    public void Open() => _gate.TrySetResult();

    /// <summary>Short summaries fail with <paramref name="exception"/> instead (an engine that breaks).</summary>
    public void Break(Exception exception) => _gate.TrySetException(exception);

    public async Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken)
    {
        if (length == SummaryLength.Short) await _gate.Task.WaitAsync(cancellationToken);
        return await inner.SummarizeAsync(article, length, cancellationToken);
    }

    public static GatedExtractiveSummarizer Install(IServiceCollection services)
    {
        var gated = new GatedExtractiveSummarizer(new ExtractiveSummarizer());
        services.Replace(ServiceDescriptor.Singleton<IExtractiveSummarizer>(gated));
        return gated;
    }
}
