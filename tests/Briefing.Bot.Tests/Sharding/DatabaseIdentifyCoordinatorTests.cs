using System.Diagnostics;
using Briefing.Bot.Sharding;
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
            TimeProvider.System, NullLogger<DatabaseIdentifyCoordinator>.Instance, Window)).ToList();
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
}
