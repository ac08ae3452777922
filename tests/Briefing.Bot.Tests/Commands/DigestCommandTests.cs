using Briefing.Bot.Composition;
using Briefing.Digests;

namespace Briefing.Bot.Tests.Commands;

public sealed class DigestCommandTests
{
    [Fact]
    public async Task Subscribe_then_time_advanced_posts_exactly_one_digest_through_the_scheduler()
    {
        await using var bot = await BotTestHost.StartAsync(BotMode.Console, new Dictionary<string, string?> { ["Digests:CheckInterval"] = "00:01:00" });

        var subscribed = await bot.Dispatcher.DispatchAsync(
            BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "<#300>"), ("time", "09:00"), ("timezone", "Europe/Berlin"), ("topics", "north korea, tariff")]),
            CancellationToken.None);
        Assert.Equal("Subscribed <#300>: daily at 09:00 Europe/Berlin, topics: north korea, tariff; next 2026-06-08 09:00", Assert.Single(subscribed.Messages).Content);

        // 09:00 in Berlin is 07:00 UTC; the host started at 06:00 UTC. The scheduler checks once a minute.
        for (var minute = 0; minute < 65; minute++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.True(await bot.Poster.WaitForPostAsync(TimeSpan.FromSeconds(10)));
        var (channel, message, nonce) = Assert.Single(bot.Poster.Posts);
        Assert.Equal(300UL, channel);
        Assert.NotNull(nonce);
        Assert.InRange(nonce.Length, 1, 25);
        var titles = Assert.Single(message.Cards).Fields.Select(f => f.Name).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains("Pyongyang's 'No Talks' Statement Is a Bid for Time", titles);
        Assert.Contains("A Carbon Border Tariff Would Protect the Climate Policy, Not the Steelmakers", titles);

        // Many more checks during the same day: nothing more.
        for (var minute = 0; minute < 30; minute++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await bot.DigestPasses.CompleteOneAsync(bot.Time, TimeSpan.FromMinutes(1));
        Assert.False(await bot.Poster.WaitForPostAsync(TimeSpan.Zero));
        Assert.Single(bot.Poster.Posts);
    }

    [Fact]
    public async Task A_digest_missed_while_the_bot_was_down_is_posted_once_at_start()
    {
        using var folder = TempDirectory.Create("bot");
        var before = BotTestHost.Start.AddHours(-4);
        await using (var first = await BotTestHost.StartAsync(now: before, folder: folder.Path))
        {
            await first.Services.GetRequiredService<IDigestSubscriptionStore>().UpsertAsync(new DigestSubscription
            {
                GuildId = 1,
                ChannelId = 302,
                LocalTime = new TimeOnly(4, 0),
                TimeZone = "UTC",
                CreatedAt = before,
            }, CancellationToken.None);
        }

        // Down from 02:00 to 06:00 UTC: the 04:00 digest is two hours late, inside the six-hour window.
        await using var restarted = await BotTestHost.StartAsync(BotMode.Console, folder: folder.Path);
        Assert.True(await restarted.Poster.WaitForPostAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await restarted.Poster.WaitForPostAsync(TimeSpan.FromSeconds(10)));
        for (var minute = 0; minute < 10; minute++)
        {
            restarted.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await restarted.DigestPasses.CompleteOneAsync(restarted.Time, TimeSpan.FromMinutes(1));
        Assert.False(await restarted.Poster.WaitForPostAsync(TimeSpan.Zero));
        Assert.Equal(6, restarted.Poster.Posts.SelectMany(p => p.Message.Cards).SelectMany(c => c.Fields).Count());
        Assert.All(restarted.Poster.Posts, p => Assert.Equal(302UL, p.ChannelId));
    }

    [Fact]
    public async Task Any_member_may_preview_which_is_ephemeral_and_lists_new_articles_with_thesis_source_and_link()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "preview", canManage: false), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        var fields = reply.Messages.SelectMany(m => m.Cards).SelectMany(c => c.Fields).ToList();
        Assert.Equal(6, fields.Count);
        Assert.All(fields, f => Assert.Matches(@"\n\[Briefing Demo Desk \(fictional\)\]\(https://demo\.briefing\.invalid/[a-z-]+\) · #\d+$", f.Value));
        Assert.Equal(2, reply.Messages.Count);
    }

    [Fact]
    public async Task Invalid_time_or_zone_is_one_clear_line_and_nothing_is_stored()
    {
        await using var bot = await BotTestHost.StartAsync();

        var badTime = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "300"), ("time", "25:00")]), CancellationToken.None);
        var badZone = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "300"), ("timezone", "Europe/Atlantis")]), CancellationToken.None);

        Assert.Equal("time must be HH:mm (24-hour), e.g. 08:30; “25:00” is not.", Assert.Single(badTime.Messages).Content);
        Assert.Equal("timezone must be an IANA name such as Europe/Berlin or America/New_York; “Europe/Atlantis” is not.", Assert.Single(badZone.Messages).Content);
        Assert.Empty(await bot.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task Now_posts_to_the_channel_and_list_and_unsubscribe_manage_it()
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "301")]), CancellationToken.None);

        var now = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "now", canManage: true, options: [("channel", "301")]), CancellationToken.None);
        var again = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "now", canManage: true, options: [("channel", "301")]), CancellationToken.None);
        var list = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "list", canManage: true), CancellationToken.None);
        var removed = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "unsubscribe", canManage: true, options: [("channel", "301")]), CancellationToken.None);

        Assert.Equal("Posted the digest to <#301>.", Assert.Single(now.Messages).Content);
        Assert.Equal("Nothing new since the last digest: nothing posted.", Assert.Single(again.Messages).Content);
        Assert.Equal(2, bot.Poster.Posts.Count);
        Assert.All(bot.Poster.Posts, p => Assert.Equal(301UL, p.ChannelId));
        Assert.Equal("<#301>: daily at 08:00 UTC, all topics; next 2026-06-08 08:00", Assert.Single(list.Messages).Content);
        Assert.Equal("<#301> gets no more digests.", Assert.Single(removed.Messages).Content);
    }

    [Fact]
    public async Task List_says_why_a_digest_is_paused_and_subscribing_again_resumes_it()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Services.GetRequiredService<IDigestSubscriptionStore>();
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "301")]), CancellationToken.None);
        var since = bot.Time.GetUtcNow();
        await store.RecordFailureAsync(301, 5, since.AddHours(6), "403 Missing Access", since, CancellationToken.None);

        var paused = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "list", canManage: true), CancellationToken.None);
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "301")]), CancellationToken.None);
        var resumed = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "list", canManage: true), CancellationToken.None);

        Assert.Equal(
            $"<#301>: daily at 08:00 UTC, all topics; paused: the bot can no longer post in <#301> (403 Missing Access) since {since:yyyy-MM-dd HH:mm} UTC; fix its permissions and /digest subscribe again to resume",
            Assert.Single(paused.Messages).Content);
        Assert.Equal("<#301>: daily at 08:00 UTC, all topics; next 2026-06-08 08:00", Assert.Single(resumed.Messages).Content);
    }
}
