using Briefing.Storage;

namespace Briefing.Bot.Tests.Commands;

/// <summary>/summarize with a URL: fetched from a loopback site, stored in the guild's scope, summarized.</summary>
public sealed class SummarizeUrlTests : IAsyncLifetime
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Night Trains Deserve Track Priority</title><meta name="author" content="Sam Ortiz"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Night Trains Deserve Track Priority</h1>
        <p>The operator announced four new night routes this winter, each sharing track with freight.</p>
        <p>I argue that night trains will only succeed if they get priority over freight on shared track, because delays of an hour wipe out the time they save.</p>
        <p>Critics say freight pays more for the track. However, night trains carry passengers who would otherwise fly.</p>
        <p>In short, the regulator should give night trains priority on the four routes for a trial year.</p>
        </article></body></html>
        """;

    private LoopbackServer _site = null!;

    public async Task InitializeAsync() => _site = await LoopbackServer.StartWithPageAsync("/night-trains", Page);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_URL_is_ingested_into_the_guild_scope_and_summarized()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", _site.BaseUrl + "/night-trains")), CancellationToken.None);

        var card = Assert.Single(Assert.Single(reply.Messages).Cards);
        Assert.Equal("Night Trains Deserve Track Priority", card.Title);
        Assert.Contains("priority", card.Fields[0].Value, StringComparison.OrdinalIgnoreCase);
        var stored = await bot.Services.GetRequiredService<IArticleStore>().GetAsync(reply.ThreadArticleId!.Value, CancellationToken.None);
        Assert.Equal(1UL, stored!.GuildId);
    }

    [Fact]
    public async Task An_unreadable_URL_gets_one_ephemeral_line()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", _site.BaseUrl + "/missing")), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        var text = Assert.Single(reply.Messages).Content!;
        Assert.StartsWith("I could not read that link: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }
}
