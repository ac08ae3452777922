using Briefing.Bot.Composition;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Bot.Tests.Operations;
using Briefing.Bot.Tests.Sharding;
using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Tests.Hosting;

/// <summary>
/// The database goes away for 30 s (fake time) just as a digest and a feed poll come due: each failed pass is one logged
/// line, the next pass after the database is back delivers the digest and polls the feed, and neither happens twice.
/// </summary>
public sealed class BackgroundPassesThroughDatabaseOutageTests
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_digest_and_a_feed_poll_due_during_the_outage_fail_with_a_logged_line_and_happen_once_when_it_is_back()
    {
        await using var site = await CountingFeedSite.StartAsync();
        SwitchableConnectionFactory? database = null;
        var interval = CheckInterval.ToString();
        await using var bot = await BotTestHost.StartAsync(
            BotMode.Console,
            new Dictionary<string, string?> { ["Digests:CheckInterval"] = interval, ["Feeds:CheckInterval"] = interval },
            services =>
            {
                var registered = services.Last(d => d.ServiceType == typeof(IDbConnectionFactory));
                services.Replace(ServiceDescriptor.Singleton<IDbConnectionFactory>(provider =>
                    database = new SwitchableConnectionFactory((IDbConnectionFactory)registered.ImplementationFactory!(provider))));
            });
        var dueAt = BotTestHost.Start.AddMinutes(5);
        await bot.Services.GetRequiredService<IDigestSubscriptionStore>().UpsertAsync(new DigestSubscription
        {
            GuildId = 1,
            ChannelId = 302,
            LocalTime = TimeOnly.FromTimeSpan(dueAt.TimeOfDay),
            TimeZone = "UTC",
            CreatedAt = BotTestHost.Start.AddDays(-1),
        }, CancellationToken.None);
        await bot.Services.GetRequiredService<IFeedStore>().AddAsync(site.FeedUrl, guildId: null, dueAt, CancellationToken.None);

        bot.Time.Advance(dueAt - bot.Time.GetUtcNow() - CheckInterval);
        database!.Unreachable = true;
        bot.Time.Advance(CheckInterval);
        // Both passes due at the minute meet the outage: one logged line each, and the loops go on.
        await WaitForLogAsync(bot, "Digest scheduler check failed");
        await WaitForLogAsync(bot, "Feed poll failed");
        while (bot.Time.GetUtcNow() < dueAt + Outage)
        {
            bot.Time.Advance(CheckInterval);
        }

        Assert.Empty(bot.Poster.Posts);
        Assert.Equal(0, site.FeedRequests);
        database.Unreachable = false;
        bot.Time.Advance(CheckInterval);

        Assert.True(await bot.Poster.WaitForPostAsync(Bound), "no digest after the database came back");
        await Eventually(() => site.FeedRequests == 1, "the feed polled after the database came back");
        // Many more passes on a healthy database: the digest and the poll stay done.
        for (var pass = 0; pass < 6; pass++)
        {
            bot.Time.Advance(CheckInterval);
        }

        await bot.DigestPasses.CompleteOneAsync(bot.Time, CheckInterval);
        var titles = bot.Poster.Posts.SelectMany(p => p.Message.Cards).SelectMany(c => c.Fields).Select(f => f.Name).ToList();
        Assert.NotEmpty(titles);
        Assert.Equal(titles.Distinct().Count(), titles.Count);
        Assert.All(bot.Poster.Posts, p => Assert.Equal(302UL, p.ChannelId));
        Assert.Equal(1, site.FeedRequests);
    }

    private static Task WaitForLogAsync(BotTestHost bot, string message) =>
        Eventually(() => bot.Logs.GetSnapshot().Any(log => log.Level == LogLevel.Error && log.Message.StartsWith(message, StringComparison.Ordinal)), message);

    private static Task Eventually(Func<bool> condition, string what) =>
        DiscordBodies.EventuallyAsync(() => Task.FromResult(condition()), Bound, what);
}
