using System.Net;
using Briefing.Discord.Messages;
using Briefing.Discord.Rest;

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

        var typing = await TypingIndicator.StartAsync(rest.Object, 5, time, CancellationToken.None);
        Assert.Equal(1, calls);
        time.Advance(TimeSpan.FromSeconds(8));
        await WaitForCallsAsync(() => calls, 2);
        time.Advance(TimeSpan.FromSeconds(8));
        await WaitForCallsAsync(() => calls, 3);
        await typing.DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task The_first_typing_call_is_done_before_the_work_starts()
    {
        var sent = new TaskCompletionSource();
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(client => client.TriggerTypingAsync(5, It.IsAny<CancellationToken>())).Returns(sent.Task);

        var starting = TypingIndicator.StartAsync(rest.Object, 5, new FakeTimeProvider(), CancellationToken.None);
        Assert.False(starting.IsCompleted);
        sent.SetResult();
        await using var typing = await starting;

        rest.Verify(client => client.TriggerTypingAsync(5, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failed_first_call_still_lets_the_work_start()
    {
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(client => client.TriggerTypingAsync(5, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.Forbidden, 50013, "Missing Permissions", null, "POST /channels/{channel_id}/typing"));

        await using var typing = await TypingIndicator.StartAsync(rest.Object, 5, new FakeTimeProvider(), CancellationToken.None);

        rest.Verify(client => client.TriggerTypingAsync(5, It.IsAny<CancellationToken>()), Times.Once);
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
