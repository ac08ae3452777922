using Briefing.Feeds;

namespace Briefing.Tests.Feeds;

public sealed class FeedBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 720)]    // 960 capped at MaxBackoff
    [InlineData(50, 720)]
    public void Backoff_doubles_per_consecutive_failure_up_to_the_cap(int failures, int expectedMinutes)
    {
        var options = new FeedOptions { PollInterval = TimeSpan.FromMinutes(30), MaxBackoff = TimeSpan.FromHours(12) };

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedPollService.Backoff(failures, options));
    }
}
