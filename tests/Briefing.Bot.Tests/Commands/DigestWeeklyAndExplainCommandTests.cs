using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Digests;

namespace Briefing.Bot.Tests.Commands;

/// <summary><c>/digest subscribe every: day:</c> and <c>/digest explain</c> as the console (and every transport) runs them.</summary>
public sealed class DigestWeeklyAndExplainCommandTests
{
    private static CommandInvocation Subscribe(params (string Name, string Value)[] options) =>
        BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "<#300>"), ("time", "09:00"), ("timezone", "UTC"), .. options]);

    [Theory]
    [InlineData("weekly", null, "every:weekly needs a day, e.g. day:monday.")]
    [InlineData(null, "friday", "day only applies to a weekly digest: add every:weekly, or leave day out.")]
    [InlineData("daily", "friday", "day only applies to a weekly digest: add every:weekly, or leave day out.")]
    [InlineData("hourly", null, "every must be daily or weekly; “hourly” is not.")]
    [InlineData("weekly", "funday", "day must be a weekday name (monday … sunday); “funday” is not.")]
    public async Task A_cadence_that_does_not_add_up_is_refused_in_one_line_and_nothing_is_stored(string? every, string? day, string expected)
    {
        await using var bot = await BotTestHost.StartAsync(BotMode.Console);
        var options = new List<(string, string)>();
        if (every is not null) options.Add(("every", every));
        if (day is not null) options.Add(("day", day));

        var reply = await bot.Dispatcher.DispatchAsync(Subscribe([.. options]), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(reply.Messages).Content);
        Assert.True(reply.Ephemeral);
        Assert.Null(await bot.Services.GetRequiredService<IDigestSubscriptionStore>().GetAsync(300, CancellationToken.None));
    }

    [Fact]
    public async Task A_weekly_subscription_names_its_weekday_in_the_reply_and_in_the_list()
    {
        await using var bot = await BotTestHost.StartAsync(BotMode.Console);

        var subscribed = await bot.Dispatcher.DispatchAsync(Subscribe(("every", "weekly"), ("day", "Thursday")), CancellationToken.None);
        var list = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "list"), CancellationToken.None);

        // The host starts on Monday 8 June 2026, 06:00 UTC.
        Assert.Equal("Subscribed <#300>: weekly on Thursday at 09:00 UTC, all topics; next 2026-06-11 09:00", Assert.Single(subscribed.Messages).Content);
        Assert.Equal("<#300>: weekly on Thursday at 09:00 UTC, all topics; next 2026-06-11 09:00", Assert.Single(list.Messages).Content);
        var stored = await bot.Services.GetRequiredService<IDigestSubscriptionStore>().GetAsync(300, CancellationToken.None);
        Assert.Equal((DigestCadence.Weekly, (DayOfWeek?)DayOfWeek.Thursday), (stored!.Every, stored.Day));
    }

    [Fact]
    public async Task Explain_works_from_the_console_line_and_refuses_what_is_not_a_web_address()
    {
        await using var bot = await BotTestHost.StartAsync(BotMode.Console);
        var context = BotTestHost.Invocation("digest");
        await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "subscribe", canManage: true, options: [("channel", "<#100>"), ("topics", "harbour")]), CancellationToken.None);
        await bot.Services.GetRequiredService<Briefing.Storage.IArticleStore>().SaveAsync(new ArticleDraft
        {
            Url = "https://example.test/opera",
            Title = "Opera house reopens",
            Paragraphs = ["The opera house reopened after a two-year renovation."],
            Origin = "url",
        }, CancellationToken.None);

        var line = SlashLineParser.Parse("/digest explain url:https://example.test/opera", context with { ChannelId = 100 }, out var error);
        var filtered = await bot.Dispatcher.DispatchAsync(line!, CancellationToken.None);
        var notUrl = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "explain", options: [("url", "opera house")]), CancellationToken.None);
        var unknown = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("digest", "explain", options: [("url", "https://example.test/never")]), CancellationToken.None);

        Assert.Null(error);
        Assert.Contains("“Opera house reopens”", Assert.Single(filtered.Messages).Content, StringComparison.Ordinal);
        Assert.Contains("is outside <#100>'s topics: none of harbour appears in its title or text.", filtered.Messages[0].Content, StringComparison.Ordinal);
        Assert.Equal("url must be the web address (http or https) of an article or feed item, e.g. https://example.org/story.", Assert.Single(notUrl.Messages).Content);
        Assert.StartsWith("That URL is not in the library at all", Assert.Single(unknown.Messages).Content, StringComparison.Ordinal);
        Assert.True(filtered.Ephemeral && notUrl.Ephemeral && unknown.Ephemeral);
    }
}
