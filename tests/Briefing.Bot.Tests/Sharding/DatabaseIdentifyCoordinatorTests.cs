using System.Diagnostics;
using Briefing.Bot.Sharding;
using Briefing.Discord.Gateway;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>
/// Two "instances" (own service providers and connection pools) sharing IDENTIFY turns through the real PostgreSQL, on
/// the wall clock with a short window so the test stays quick: turns of one bucket come a window apart, whoever asks.
/// </summary>
public sealed class DatabaseIdentifyCoordinatorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(400);

    [SkippableFact]
    public async Task Two_instances_take_turns_in_one_bucket_a_window_apart_and_never_wait_for_another_bucket()
    {
        await RealPostgres.RequireAsync();
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        var instances = Enumerable.Range(0, 2).Select(_ => new DatabaseIdentifyCoordinator(
            new IdentifyTurnStore(db.CreateServices().GetRequiredService<IDbConnectionFactory>()),
            TimeProvider.System, NullLogger<DatabaseIdentifyCoordinator>.Instance, Window, sendAllowance: TimeSpan.Zero)).ToList();
        var clock = Stopwatch.StartNew();

        // Six IDENTIFYs of bucket 0, three from each instance, all asking at once.
        var granted = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await instances[i % 2].TakeTurnAsync(0, CancellationToken.None);
            return clock.Elapsed;
        }));

        // Five windows must pass between the first and the sixth turn (each turn is granted at least a window after the previous one).
        Assert.True(granted.Max() >= Window * 5, $"six turns took {granted.Max()}, less than five windows of {Window}");
        var other = Stopwatch.StartNew();
        await instances[1].TakeTurnAsync(1, CancellationToken.None);
        Assert.True(other.Elapsed < Window, $"bucket 1 waited {other.Elapsed}, though only bucket 0 was busy");
    }

    [SkippableFact]
    public async Task An_instance_killed_between_its_identify_and_the_record_of_it_still_keeps_the_bucket_for_a_window_after_the_send()
    {
        await RealPostgres.RequireAsync();
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        var clock = new WatchedTimeProvider(db.Time.GetUtcNow());
        DatabaseIdentifyCoordinator Instance() => new(new IdentifyTurnStore(db.CreateServices().GetRequiredService<IDbConnectionFactory>()),
            clock, NullLogger<DatabaseIdentifyCoordinator>.Instance);
        var (killed, survivor) = (Instance(), Instance());
        var start = clock.GetUtcNow();

        // The killed instance took its turn, sent its IDENTIFY 1.5 s later (a busy machine), and died before recording it.
        await killed.TakeTurnAsync(0, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        var sentAt = clock.GetUtcNow();

        var next = survivor.TakeTurnAsync(0, CancellationToken.None);
        var freeAt = start + IIdentifyCoordinator.Window + TimeSpan.FromMilliseconds(250) + DatabaseIdentifyCoordinator.DefaultSendAllowance;
        await clock.WaitForTimerAsync(freeAt);
        clock.SetUtcNow(freeAt - TimeSpan.FromMilliseconds(1));
        Assert.False(next.IsCompleted);
        clock.SetUtcNow(freeAt);
        await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(freeAt - sentAt >= IIdentifyCoordinator.Window, $"the next IDENTIFY could go {freeAt - sentAt} after the killed one's");
    }

    [SkippableFact]
    public async Task A_recorded_send_frees_the_bucket_a_window_after_it_not_after_the_whole_allowance()
    {
        await RealPostgres.RequireAsync();
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        var clock = new WatchedTimeProvider(db.Time.GetUtcNow());
        DatabaseIdentifyCoordinator Instance() => new(new IdentifyTurnStore(db.CreateServices().GetRequiredService<IDbConnectionFactory>()),
            clock, NullLogger<DatabaseIdentifyCoordinator>.Instance);
        var (first, second) = (Instance(), Instance());

        await first.TakeTurnAsync(0, CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await first.TurnUsedAsync(0, CancellationToken.None);
        var freeAt = clock.GetUtcNow() + IIdentifyCoordinator.Window + TimeSpan.FromMilliseconds(250);

        var next = second.TakeTurnAsync(0, CancellationToken.None);
        await clock.WaitForTimerAsync(freeAt);
        clock.SetUtcNow(freeAt);
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
