using Briefing.Digests;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

public sealed class DeliveryLedgerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Claiming_twice_returns_the_first_nonce(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var ledger = db.Get<IDeliveryLedger>();
        var first = await ledger.ClaimAsync("digest:42:2026-03-02", "nonce-a", db.Time.GetUtcNow(), None);
        db.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await ledger.ClaimAsync("digest:42:2026-03-02", "nonce-b", db.Time.GetUtcNow(), None);

        Assert.Equal("nonce-a", first.Nonce);
        Assert.Equal(first, second);
        Assert.Null(second.CompletedAt);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Concurrent_claims_from_two_instances_agree_on_one_nonce(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var instances = new[] { db.Get<IDeliveryLedger>(), db.CreateServices().GetRequiredService<IDeliveryLedger>() };

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            instances[i % 2].ClaimAsync("digest:7:2026-03-02", $"nonce-{i}", db.Time.GetUtcNow(), None)));

        Assert.Single(claims.Select(c => c.Nonce).Distinct());
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Completing_records_the_messages_and_time(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var ledger = db.Get<IDeliveryLedger>();
        await ledger.ClaimAsync("digest:1:d", "n", db.Time.GetUtcNow(), None);
        db.Time.Advance(TimeSpan.FromSeconds(3));

        await ledger.CompleteAsync("digest:1:d", "900,901", db.Time.GetUtcNow(), None);
        var entry = await ledger.GetAsync("digest:1:d", None);

        Assert.Equal("900,901", entry!.MessageIds);
        Assert.Equal(db.Time.GetUtcNow(), entry.CompletedAt);
        Assert.Null(await ledger.GetAsync("digest:2:d", None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.CompleteAsync("digest:2:d", "1", db.Time.GetUtcNow(), None));
    }
}
