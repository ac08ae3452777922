using System.Diagnostics.Metrics;
using Briefing.Bot.Commands;
using Briefing.Diagnostics;
using Briefing.Feeds;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Briefing.Bot.Tests.Operations;

/// <summary>Commands, digests and feed polls counted on the host's own meter factory (no exporter), through the real host.</summary>
public sealed class ProductMetricsTests
{
    [Fact]
    public async Task Commands_are_counted_by_name_and_outcome_with_unknown_names_folded_into_one()
    {
        await using var bot = await BotTestHost.StartAsync();
        using var commands = new MetricCollector<long>(bot.Services.GetRequiredService<IMeterFactory>(), CommandMetrics.MeterName, CommandMetrics.CommandsName);

        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("help"), CancellationToken.None);
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("no-such-command-1"), CancellationToken.None);
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("no-such-command-2"), CancellationToken.None);
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "now", canManage: false, options: [("channel", "301")]), CancellationToken.None);

        var counted = commands.GetMeasurementSnapshot().Select(m => ((string)m.Tags["command"]!, (string)m.Tags["outcome"]!)).ToList();
        Assert.Equal([("help", "ok"), (CommandMetrics.UnknownName, "unknown"), (CommandMetrics.UnknownName, "unknown"), ("digest", "forbidden")], counted);
    }

    [Fact]
    public async Task A_posted_digest_counts_once_whatever_its_pages_and_a_run_with_nothing_new_does_not()
    {
        await using var bot = await BotTestHost.StartAsync();
        using var posted = new MetricCollector<long>(bot.Services.GetRequiredService<IMeterFactory>(), BriefingMetrics.MeterName, BriefingMetrics.DigestsPostedName);
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "301")]), CancellationToken.None);

        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "now", canManage: true, options: [("channel", "301")]), CancellationToken.None);
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "now", canManage: true, options: [("channel", "301")]), CancellationToken.None);

        // One digest (its pages are separate posts) counts once; the second run found nothing new and posted nothing.
        Assert.NotEmpty(bot.Poster.Posts);
        Assert.Equal(1, Assert.Single(posted.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task A_feed_poll_that_fails_is_counted_as_failed()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);
        using var polls = new MetricCollector<long>(bot.Services.GetRequiredService<IMeterFactory>(), BriefingMetrics.MeterName, BriefingMetrics.FeedPollsName);
        var feed = await bot.Services.GetRequiredService<IFeedStore>().AddAsync("http://127.0.0.1:1/feed.xml", 1, bot.Time.GetUtcNow(), CancellationToken.None);

        var result = await bot.Services.GetRequiredService<FeedPollService>().PollAsync(feed, CancellationToken.None);

        Assert.NotNull(result.Error);
        Assert.Equal("failed", Assert.Single(polls.GetMeasurementSnapshot()).Tags["outcome"]);
    }
}
