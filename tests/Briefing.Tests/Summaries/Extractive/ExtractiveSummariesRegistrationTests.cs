using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class ExtractiveSummariesRegistrationTests
{
    [Fact]
    public void The_extractive_engine_is_registered_once_as_a_singleton()
    {
        var services = new ServiceCollection().AddExtractiveSummaries().AddExtractiveSummaries();

        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IExtractiveSummarizer));
        Assert.IsType<ExtractiveSummarizer>(provider.GetRequiredService<IExtractiveSummarizer>());
        Assert.Same(provider.GetRequiredService<IExtractiveSummarizer>(), provider.GetRequiredService<IExtractiveSummarizer>());
    }
}
