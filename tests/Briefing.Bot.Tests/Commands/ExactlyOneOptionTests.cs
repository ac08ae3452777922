using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Commands;

/// <summary>"Exactly one of query and file" is a usage check of the dispatcher: answered before any rate-limit permit is taken.</summary>
public sealed class ExactlyOneOptionTests
{
    [Fact]
    public async Task A_summarize_with_neither_option_is_refused_without_spending_a_permit()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false, configuration: new Dictionary<string, string?> { ["Commands:RateLimitPermits"] = "1" });

        var usage = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("length", "short")), CancellationToken.None);
        var usageAgain = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: [("query", "parking"), ("file", "77")]), CancellationToken.None);
        var search = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", "parking")), CancellationToken.None);

        Assert.StartsWith("Tell me what to summarize", Assert.Single(usage.Messages).Content, StringComparison.Ordinal);
        Assert.Equal("Give /summarize either query: or file:, not both.", Assert.Single(usageAgain.Messages).Content);
        // The one permit was still there for the well-formed command: it searched (and found nothing) instead of being told to slow down.
        Assert.StartsWith("Nothing in the library matches", Assert.Single(search.Messages).Content, StringComparison.Ordinal);
    }
}
