using Briefing.Timing;

namespace Briefing.Tests.Timing;

public sealed class DoublingBackoffTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(6, 160)]
    [InlineData(7, 240)]
    [InlineData(1000, 240)]
    public void The_wait_doubles_with_each_failure_up_to_the_maximum(int failures, int expectedMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), DoublingBackoff.For(failures, TimeSpan.FromMinutes(5), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_long_first_wait_after_many_failures_is_the_maximum_not_an_overflow()
    {
        // A digest's settings allow a first wait of a day and 100 failures before pausing: the shift-then-cap formula
        // the digest used overflowed at the 31st failure into a negative wait, i.e. no backoff at all.
        Assert.Equal(TimeSpan.FromDays(7), DoublingBackoff.For(31, TimeSpan.FromDays(1), TimeSpan.FromDays(7)));
        Assert.Equal(TimeSpan.FromDays(7), DoublingBackoff.For(100, TimeSpan.FromDays(1), TimeSpan.FromDays(7)));
    }
}
