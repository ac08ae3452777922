using Briefing.Bot.Commands;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.Commands;

public sealed class SummarizeCommandTests
{
    [Fact]
    public async Task Summarize_finds_the_demo_article_and_replies_with_the_argument_card_and_a_thread()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", "north korea")), CancellationToken.None);

        Assert.False(reply.Ephemeral);
        var card = Assert.Single(Assert.Single(reply.Messages).Cards);
        Assert.Equal("Pyongyang's 'No Talks' Statement Is a Bid for Time", card.Title);
        Assert.Equal("https://demo.briefing.invalid/north-korea-statement", card.Url);
        Assert.Contains("Mara Lindqvist", card.Description, StringComparison.Ordinal);
        Assert.Contains("Briefing Demo Desk (fictional)", card.Description, StringComparison.Ordinal);
        Assert.Equal(["Thesis", "Key points", "Counterpoints"], card.Fields.Select(f => f.Name));
        Assert.Contains("playing out the clock", card.Fields[0].Value, StringComparison.Ordinal);
        Assert.Matches(@"“[^”]+” \(¶\d+\)", card.Fields[1].Value);
        Assert.Contains("Engine: extractive", card.Footer, StringComparison.Ordinal);
        Assert.Equal("Discuss: Pyongyang's 'No Talks' Statement Is a Bid for Time", reply.ThreadName);
        Assert.NotNull(reply.ThreadArticleId);
    }

    [Fact]
    public async Task The_footer_lists_the_other_close_matches()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: [("query", "price"), ("length", "short")]), CancellationToken.None);

        var footer = Assert.Single(Assert.Single(reply.Messages).Cards).Footer;
        Assert.Matches(@"^Engine: extractive · Other matches: #\d+ ", footer);
    }

    [Fact]
    public async Task Nothing_matching_gets_a_short_ephemeral_answer_suggesting_library_add()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", "quantum gravity penguins")), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Null(reply.ThreadName);
        Assert.Contains("/library add", Assert.Single(reply.Messages).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_per_user_rate_limit_answers_with_a_friendly_ephemeral_message()
    {
        await using var bot = await BotTestHost.StartAsync(configuration: new Dictionary<string, string?> { ["Commands:RateLimitPermits"] = "2" });
        var summarize = BotTestHost.Invocation("summarize", options: ("query", "tariff"));

        await bot.Dispatcher.DispatchAsync(summarize, CancellationToken.None);
        await bot.Dispatcher.DispatchAsync(summarize, CancellationToken.None);
        var limited = await bot.Dispatcher.DispatchAsync(summarize, CancellationToken.None);
        var otherUser = await bot.Dispatcher.DispatchAsync(summarize with { UserId = 11 }, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var afterWindow = await bot.Dispatcher.DispatchAsync(summarize, CancellationToken.None);

        Assert.True(limited.Ephemeral);
        Assert.Equal("You're asking faster than I can read. Please try again in 60 s.", Assert.Single(limited.Messages).Content);
        Assert.NotNull(otherUser.ThreadName);
        Assert.NotNull(afterWindow.ThreadName);
    }

    [Fact]
    public async Task A_failure_becomes_a_short_apology_whose_reference_id_is_in_the_log()
    {
        // CallBase: the interface's progress overload delegates to the plain one, which is what fails here.
        var model = new Mock<ISummarizer> { CallBase = true };
        model.Setup(m => m.SummarizeAsync(It.IsAny<Briefing.Articles.Article>(), It.IsAny<SummaryLength>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("model endpoint refused the connection"));
        await using var bot = await BotTestHost.StartAsync(configure: services => services.AddSingleton(model.Object));

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", "fibre")), CancellationToken.None);

        var text = Assert.Single(reply.Messages).Content!;
        Assert.True(reply.Ephemeral);
        var reference = System.Text.RegularExpressions.Regex.Match(text, "Reference: `([0-9a-f]{8})`").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.DoesNotContain("refused", text, StringComparison.Ordinal);
        var logged = Assert.Single(bot.Logs.GetSnapshot(), r => r.Message.Contains(reference, StringComparison.Ordinal));
        Assert.IsType<HttpRequestException>(logged.Exception);
    }

    [Theory]
    [InlineData("digest", "subscribe")]
    [InlineData("feeds", "add")]
    [InlineData("library", "remove")]
    public async Task Configuration_commands_are_refused_without_Manage_Server(string command, string subcommand)
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Dispatcher.DispatchAsync(
            BotTestHost.Invocation(command, subcommand, canManage: false, options: [("channel", "100"), ("url", "https://example.org/feed"), ("id", "1")]),
            CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal($"Only members with the Manage Server permission can use /{command} {subcommand}.", Assert.Single(reply.Messages).Content);
        Assert.Empty(await bot.Services.GetRequiredService<Briefing.Digests.IDigestSubscriptionStore>().ListAsync(1, CancellationToken.None));
        Assert.Empty(await bot.Services.GetRequiredService<Briefing.Feeds.IFeedStore>().ListAsync(1, CancellationToken.None));
        Assert.NotNull(await bot.Services.GetRequiredService<Briefing.Storage.IArticleStore>().GetAsync(1, CancellationToken.None));
    }
}
