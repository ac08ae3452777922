using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Commands;

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

    [Fact]
    public void Users_whose_window_has_passed_are_forgotten()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new UserRateLimiter(time, Options.Create(new CommandOptions { RateLimitPermits = 2, RateLimitWindow = TimeSpan.FromMinutes(1) }));
        for (ulong user = 1; user <= 500; user++)
        {
            Assert.True(limiter.TryAcquire(user, out _));
        }

        Assert.Equal(500, limiter.TrackedUsers);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(limiter.TryAcquire(9999, out _));

        Assert.Equal(1, limiter.TrackedUsers);
    }

    [Fact]
    public void A_flood_of_distinct_users_inside_one_window_stays_within_the_bound()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new UserRateLimiter(time, Options.Create(new CommandOptions { RateLimitPermits = 2, RateLimitWindow = TimeSpan.FromMinutes(1) }))
        {
            MaxTrackedUsers = 1_000,
        };
        var refused = 0;
        for (ulong user = 1; user <= 100_000; user++)
        {
            if (!limiter.TryAcquire(user, out var retryAfter))
            {
                refused++;
                Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromMinutes(1));
            }

            Assert.True(limiter.TrackedUsers <= 1_000);
            if (user % 1_000 == 0)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        // 100 s of flooding: the first 1,000 users fill the table, and from then on a slot frees only as a window passes.
        Assert.True(refused > 90_000, $"refused {refused}");
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(limiter.TryAcquire(1, out _));
        Assert.Equal(1, limiter.TrackedUsers);
    }
}
