using Microsoft.Extensions.Time.Testing;

namespace Briefing.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when the code under test has armed a timer. Code often reaches its wait
/// on the clock only after a hop to the thread pool; a check that nothing happens before a deadline first waits here
/// until the wait is armed, then moves the clock to just before the deadline: the timer cannot fire, so nothing waits
/// on the real clock and nothing is left to chance.
/// </summary>
public sealed class WatchedTimeProvider : FakeTimeProvider
{
    // Task.Delay counts whole milliseconds, so a wait may come due up to one earlier than the exact deadline.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(1);
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _armed = [];
    private readonly List<(DateTimeOffset DueAt, int Count, TaskCompletionSource Seen)> _watchers = [];

    /// <summary>Starts where <see cref="FakeTimeProvider()"/> starts.</summary>
    public WatchedTimeProvider()
    {
    }

    public WatchedTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Armed(GetUtcNow() + dueTime);
        }

        return timer;
    }

    /// <summary>
    /// Completes once <paramref name="count"/> timers due at <paramref name="dueAt"/> have been armed (now or earlier);
    /// fails after 10 s of real time.
    /// </summary>
    public Task WaitForTimerAsync(DateTimeOffset dueAt, int count = 1)
    {
        lock (_gate)
        {
            if (ArmedAt(dueAt) >= count)
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watchers.Add((dueAt, count, seen));
            return seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private void Armed(DateTimeOffset dueAt)
    {
        lock (_gate)
        {
            _armed.Add(dueAt);
            foreach (var watcher in _watchers.Where(watcher => ArmedAt(watcher.DueAt) >= watcher.Count).ToList())
            {
                watcher.Seen.TrySetResult();
                _watchers.Remove(watcher);
            }
        }
    }

    private int ArmedAt(DateTimeOffset dueAt) => _armed.Count(armed => Matches(armed, dueAt));

    private static bool Matches(DateTimeOffset armed, DateTimeOffset dueAt) => armed <= dueAt && dueAt - armed <= Tolerance;
}
