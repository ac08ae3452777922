using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// The real host on the fake Discord: an expired interaction token (401 50027) costs one reply, not the bot's hearing;
/// a 401 on a bot-token route stops the host with one fatal line and a non-zero exit code.
/// </summary>
public sealed class UnauthorizedFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task An_invalid_webhook_token_fails_one_reply_and_the_next_command_is_still_answered()
    {
        // The reply must be an edit (its 401 is the subject), so the interaction is deferred at once.
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: BotOnFakeDiscord.DeferAtOnce);
        await bot.AddArticleAsync(TestArticles.Bridges);
        DiscordServer.Faults.FailNext("PATCH", DiscordBodies.WebhookMessage, 401, 50027);

        var first = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges"), CancellationToken.None);
        await DiscordServer.WaitForRequestAsync(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(first.Token, StringComparison.Ordinal) && r.Status == 401, Timeout);
        var second = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges"), CancellationToken.None);
        var answered = await DiscordServer.WaitForRequestAsync(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(second.Token, StringComparison.Ordinal) && r.Status == 200, Timeout);

        Assert.Contains("Bridges", DiscordBodies.VisibleText(answered.Body), StringComparison.Ordinal);
        Assert.False(bot.Service<DiscordRateLimiter>().IsStopped);
        Assert.False(bot.Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), log => log.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task A_401_on_a_bot_token_route_stops_the_host_with_one_fatal_line()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        await bot.AddArticleAsync(TestArticles.Bridges);
        DiscordServer.Faults.FailNext("POST", DiscordBodies.ThreadFromMessage, 401, 0);
        var stopping = bot.Service<IHostApplicationLifetime>().ApplicationStopping;
        var stopped = new TaskCompletionSource();
        using var registration = stopping.Register(() => stopped.TrySetResult());
        try
        {
            await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges"), CancellationToken.None);
            await stopped.Task.WaitAsync(Timeout);

            Assert.True(stopping.IsCancellationRequested);
            Assert.Equal(3, Environment.ExitCode);
            var fatal = Assert.Single(bot.Logs.GetSnapshot(), log => log.Level == LogLevel.Critical);
            Assert.Contains("401", fatal.Message, StringComparison.Ordinal);
            Assert.Contains("Discord:Token", fatal.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
