using Briefing.Bot.Commands;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Bot.Tests;

public sealed class UserRateLimiterTests
{
    [Fact]
    public void Each_user_gets_the_configured_permits_per_sliding_window()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new UserRateLimiter(time, Options.Create(new CommandOptions { RateLimitPermits = 2, RateLimitWindow = TimeSpan.FromMinutes(1) }));

        Assert.True(limiter.TryAcquire(7, out _));
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.True(limiter.TryAcquire(7, out _));
        Assert.False(limiter.TryAcquire(7, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
        Assert.True(limiter.TryAcquire(8, out _));

        time.Advance(TimeSpan.FromSeconds(40));
        Assert.True(limiter.TryAcquire(7, out _));
    }
}
