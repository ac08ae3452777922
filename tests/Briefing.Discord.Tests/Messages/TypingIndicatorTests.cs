using System.Net;
using Briefing.Discord.Messages;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Briefing.Discord.Tests.Messages;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task Typing_is_renewed_every_eight_seconds_until_disposed_and_failures_are_ignored()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(client => client.TriggerTypingAsync(5, It.IsAny<CancellationToken>()))
            .Returns(() => ++calls == 2
                ? Task.FromException(new DiscordRestException(HttpStatusCode.Forbidden, 50013, "Missing Permissions", null, "POST /channels/{channel_id}/typing"))
                : Task.CompletedTask);

        var typing = TypingIndicator.Start(rest.Object, 5, time, CancellationToken.None);
        Assert.Equal(1, calls);
        time.Advance(TimeSpan.FromSeconds(8));
        await WaitForCallsAsync(() => calls, 2);
        time.Advance(TimeSpan.FromSeconds(8));
        await WaitForCallsAsync(() => calls, 3);
        await typing.DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(3, calls);
    }

    private static async Task WaitForCallsAsync(Func<int> calls, int expected)
    {
        // The periodic timer's continuation runs on the thread pool after the fake clock moves.
        for (var i = 0; i < 200 && calls() < expected; i++)
        {
            await Task.Delay(5);
        }
        Assert.Equal(expected, calls());
    }
}
