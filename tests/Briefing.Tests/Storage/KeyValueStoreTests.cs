using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

public sealed class KeyValueStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Stores_overwrites_and_keeps_values_across_instances(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IKeyValueStore>();

        Assert.Null(await store.GetAsync("commands.hash", CancellationToken.None));
        await store.SetAsync("commands.hash", "one", CancellationToken.None);
        await store.SetAsync("commands.hash", "two", CancellationToken.None);
        await store.SetAsync("other", "x", CancellationToken.None);

        var restarted = db.CreateServices().GetRequiredService<IKeyValueStore>();
        Assert.Equal("two", await restarted.GetAsync("commands.hash", CancellationToken.None));
        Assert.Equal("x", await restarted.GetAsync("other", CancellationToken.None));
    }
}
