using Briefing.Digests;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

public sealed class DigestLeaseStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_held_lease_refuses_others_until_it_expires_or_is_released(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var leases = db.Get<IDigestLeaseStore>();
        var now = db.Time.GetUtcNow();

        Assert.True(await leases.TryAcquireAsync(42, "a", now, now + Duration, None));
        Assert.False(await leases.TryAcquireAsync(42, "b", now.AddMinutes(1), now.AddMinutes(1) + Duration, None));
        Assert.True(await leases.TryAcquireAsync(43, "b", now, now + Duration, None));
        // The holder renews; the renewal pushes the expiry, so b is still refused after the first expiry.
        Assert.True(await leases.TryAcquireAsync(42, "a", now.AddMinutes(4), now.AddMinutes(4) + Duration, None));
        Assert.False(await leases.TryAcquireAsync(42, "b", now.AddMinutes(6), now.AddMinutes(6) + Duration, None));
        // Expired (a was killed): b takes over, and a can no longer renew.
        Assert.True(await leases.TryAcquireAsync(42, "b", now.AddMinutes(10), now.AddMinutes(10) + Duration, None));
        Assert.False(await leases.TryAcquireAsync(42, "a", now.AddMinutes(10), now.AddMinutes(10) + Duration, None));
        // Releasing someone else's lease does nothing; releasing one's own frees it at once.
        await leases.ReleaseAsync(42, "a", None);
        Assert.False(await leases.TryAcquireAsync(42, "c", now.AddMinutes(11), now.AddMinutes(11) + Duration, None));
        await leases.ReleaseAsync(42, "b", None);
        Assert.True(await leases.TryAcquireAsync(42, "c", now.AddMinutes(11), now.AddMinutes(11) + Duration, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Of_many_instances_racing_for_a_lease_exactly_one_gets_it(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var instances = Enumerable.Range(0, 4).Select(_ => db.CreateServices().GetRequiredService<IDigestLeaseStore>()).ToList();
        var now = db.Time.GetUtcNow();

        var won = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            instances[i % instances.Count].TryAcquireAsync(7, $"owner-{i}", now, now + Duration, None)));

        Assert.Equal(1, won.Count(w => w));
    }
}
