using System.Globalization;
using Briefing.Feeds;
using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests.Commands;

/// <summary>/feeds from server A never lists or removes server B's feed, and no one adds a feed from a direct message (both providers).</summary>
public sealed class CrossServerFeedsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Server_A_cannot_list_or_remove_server_Bs_feed_and_a_direct_message_cannot_add_one(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        var feeds = bot.Host.Services.GetRequiredService<IFeedStore>();
        var ofB = await feeds.AddAsync("https://example.org/b.xml", ScopedBot.GuildB, bot.Host.Time.GetUtcNow(), CancellationToken.None);
        var id = ofB.Id.ToString(CultureInfo.InvariantCulture);

        var list = await bot.SendAsync(ScopedBot.InA("feeds", "list", canManage: true));
        var remove = await bot.SendAsync(ScopedBot.InA("feeds", "remove", canManage: true, options: ("id", id)));
        var fromDirectMessage = await bot.SendAsync(ScopedBot.InDirectMessage(10, "feeds", "add", options: ("url", "https://example.org/dm.xml")));

        Assert.StartsWith("No feeds yet", Assert.Single(list.Messages).Content, StringComparison.Ordinal);
        Assert.Equal($"There is no feed #{id} here.", Assert.Single(remove.Messages).Content);
        Assert.NotNull(await feeds.GetAsync(ofB.Id, CancellationToken.None));
        Assert.Equal("Only members with the Manage Server permission can use /feeds add.", Assert.Single(fromDirectMessage.Messages).Content);
        Assert.Empty(await feeds.ListAsync(null, CancellationToken.None));
    }
}
