using Briefing.Bot.Commands;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Digests;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests.Commands;

/// <summary>
/// /digest with a channel of another server, on both providers: refused with one ephemeral line, and server B's
/// subscription is never read, moved, removed or posted.
/// </summary>
public sealed class CrossServerDigestTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string ChannelOfB = $"<#{ScopedBot.OtherChannelB}>";

    private static async Task<DigestSubscription> SubscribeBAsync(ScopedBot bot)
    {
        var reply = await bot.SendAsync(ScopedBot.InB("digest", "subscribe", canManage: true, options: [("channel", ChannelOfB), ("topics", "tide")]));
        Assert.StartsWith("Subscribed", Assert.Single(reply.Messages).Content, StringComparison.Ordinal);
        return (await bot.Host.Services.GetRequiredService<IDigestSubscriptionStore>().GetAsync(ScopedBot.OtherChannelB, None))!;
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Server_A_cannot_subscribe_unsubscribe_preview_or_post_server_Bs_channel(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        await bot.Host.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, None);
        var before = await SubscribeBAsync(bot);

        var replies = new[]
        {
            await bot.SendAsync(ScopedBot.InA("digest", "subscribe", canManage: true, options: [("channel", ChannelOfB), ("time", "05:00")])),
            await bot.SendAsync(ScopedBot.InA("digest", "unsubscribe", canManage: true, options: ("channel", ChannelOfB))),
            await bot.SendAsync(ScopedBot.InA("digest", "preview", options: ("channel", ChannelOfB))),
            await bot.SendAsync(ScopedBot.InA("digest", "now", canManage: true, options: ("channel", ChannelOfB))),
        };

        Assert.All(replies, reply =>
        {
            Assert.True(reply.Ephemeral);
            Assert.Equal(ChannelOptionReader.OtherServer, Assert.Single(reply.Messages).Content);
        });
        var after = (await bot.Host.Services.GetRequiredService<IDigestSubscriptionStore>().GetAsync(ScopedBot.OtherChannelB, None))!;
        Assert.Equal(["tide"], after.Topics);
        Assert.Equal(before, after with { Topics = before.Topics });
        Assert.Empty(bot.Host.Poster.Posts);
        Assert.StartsWith("No digests yet", Assert.Single((await bot.SendAsync(ScopedBot.InA("digest", "list"))).Messages).Content, StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_channel_unknown_to_the_bot_is_refused_too(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);

        var reply = await bot.SendAsync(ScopedBot.InA("digest", "subscribe", canManage: true, options: ("channel", "<#999>")));

        Assert.Equal(ChannelOptionReader.OtherServer, Assert.Single(reply.Messages).Content);
        Assert.Null(await bot.Host.Services.GetRequiredService<IDigestSubscriptionStore>().GetAsync(999, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_subscription_stored_for_another_server_is_never_moved_even_when_the_channel_lookup_says_this_server(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        var subscriptions = bot.Host.Services.GetRequiredService<IDigestSubscriptionStore>();
        // A stale row: channel 300 is A's now, but its digest was stored for B.
        var stale = new DigestSubscription { GuildId = ScopedBot.GuildB, ChannelId = ScopedBot.OtherChannelA, LocalTime = new TimeOnly(7, 0), TimeZone = "UTC", CreatedAt = BotTestHost.Start };
        await subscriptions.UpsertAsync(stale, None);

        var subscribe = await bot.SendAsync(ScopedBot.InA("digest", "subscribe", canManage: true, options: ("channel", $"<#{ScopedBot.OtherChannelA}>")));
        var preview = await bot.SendAsync(ScopedBot.InA("digest", "preview", options: ("channel", $"<#{ScopedBot.OtherChannelA}>")));

        Assert.Equal(ChannelOptionReader.OtherServer, Assert.Single(subscribe.Messages).Content);
        Assert.Equal(ChannelOptionReader.OtherServer, Assert.Single(preview.Messages).Content);
        Assert.Equal(ScopedBot.GuildB, (await subscriptions.GetAsync(ScopedBot.OtherChannelA, None))!.GuildId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Server_A_manages_its_own_channels_as_before(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        await bot.Host.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, None);
        var channel = $"<#{ScopedBot.OtherChannelA}>";

        var subscribe = await bot.SendAsync(ScopedBot.InA("digest", "subscribe", canManage: true, options: ("channel", channel)));
        var preview = await bot.SendAsync(ScopedBot.InA("digest", "preview", options: ("channel", channel)));
        var now = await bot.SendAsync(ScopedBot.InA("digest", "now", canManage: true, options: ("channel", channel)));
        var unsubscribe = await bot.SendAsync(ScopedBot.InA("digest", "unsubscribe", canManage: true, options: ("channel", channel)));

        Assert.StartsWith($"Subscribed {channel}", Assert.Single(subscribe.Messages).Content, StringComparison.Ordinal);
        Assert.Equal($"Preview of the next digest for {channel}:", preview.Messages[0].Content);
        Assert.Equal($"Posted the digest to {channel}.", Assert.Single(now.Messages).Content);
        Assert.Equal(ScopedBot.OtherChannelA, Assert.Single(bot.Host.Poster.Posts).ChannelId);
        Assert.Equal($"{channel} gets no more digests.", Assert.Single(unsubscribe.Messages).Content);
    }
}
