namespace Briefing.Discord.Tests.Rest;

internal static class FakeClock
{
    /// <summary>Advances the fake clock in steps until <paramref name="task"/> completes (bounded), then awaits it.</summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Task task, TimeSpan step, int maxSteps = 1000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            time.Advance(step);
            await Task.Delay(1); // let continuations released by the fake clock run on the thread pool
        }
        await task;
    }
}
