using Briefing.Bot.Sharding;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>IDENTIFY turns kept in the database, one body on real SQLite and real PostgreSQL, on a fake clock.</summary>
public sealed class IdentifyTurnStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_bucket_gives_one_turn_per_window_and_other_buckets_are_free(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = new IdentifyTurnStore(db.Get<IDbConnectionFactory>());
        var now = db.Time.GetUtcNow();

        Assert.Null(await store.TryTakeAsync(0, now, now + Window, None));
        Assert.Null(await store.TryTakeAsync(1, now, now + Window, None));
        Assert.Equal(now + Window, await store.TryTakeAsync(0, now.AddSeconds(4.9), now.AddSeconds(4.9) + Window, None));
        Assert.Null(await store.TryTakeAsync(0, now + Window, now + Window + Window, None));
        // The new turn moved the bucket's time on: a third IDENTIFY waits for the second's window.
        Assert.Equal(now + Window + Window, await store.TryTakeAsync(0, now.AddSeconds(6), now.AddSeconds(6) + Window, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_late_send_moves_the_bucket_on_but_never_back(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = new IdentifyTurnStore(db.Get<IDbConnectionFactory>());
        var now = db.Time.GetUtcNow();

        Assert.Null(await store.TryTakeAsync(0, now, now + Window, None));
        // The IDENTIFY left 2 s after its turn: the next one waits for 5 s after the send.
        await store.MarkSentAsync(0, reservedUntil: null, now.AddSeconds(2) + Window, None);
        Assert.Equal(now.AddSeconds(7), await store.TryTakeAsync(0, now.AddSeconds(5), now.AddSeconds(10), None));
        await store.MarkSentAsync(0, reservedUntil: null, now.AddSeconds(1), None);
        Assert.Equal(now.AddSeconds(7), await store.TryTakeAsync(0, now.AddSeconds(6), now.AddSeconds(11), None));
        Assert.Null(await store.TryTakeAsync(0, now.AddSeconds(7), now.AddSeconds(12), None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_send_gives_back_the_rest_of_its_own_reservation_but_not_of_a_later_turn(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = new IdentifyTurnStore(db.Get<IDbConnectionFactory>());
        var now = db.Time.GetUtcNow();
        var reservedUntil = now.AddSeconds(7);

        // Reserved for the window plus a send allowance; the IDENTIFY left after 0.5 s, so 5 s from then is what counts.
        Assert.Null(await store.TryTakeAsync(0, now, reservedUntil, None));
        await store.MarkSentAsync(0, reservedUntil, now.AddSeconds(5.5), None);
        Assert.Equal(now.AddSeconds(5.5), await store.TryTakeAsync(0, now.AddSeconds(5), now.AddSeconds(12), None));

        // Another instance's turn (a reservation that is not ours) is never moved back by our late bookkeeping.
        Assert.Null(await store.TryTakeAsync(0, now.AddSeconds(5.5), now.AddSeconds(12.5), None));
        await store.MarkSentAsync(0, reservedUntil, now.AddSeconds(6), None);
        Assert.Equal(now.AddSeconds(12.5), await store.TryTakeAsync(0, now.AddSeconds(7), now.AddSeconds(14), None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Of_many_instances_racing_for_a_bucket_exactly_one_gets_the_turn(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var instances = Enumerable.Range(0, 4)
            .Select(_ => new IdentifyTurnStore(db.CreateServices().GetRequiredService<IDbConnectionFactory>()))
            .ToList();
        var now = db.Time.GetUtcNow();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => instances[i % instances.Count].TryTakeAsync(2, now, now + Window, None)));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(now + Window, r));
    }
}
