using Briefing.Discord.Rest;

namespace Briefing.Discord.Messages;

/// <summary>
/// Keeps "Briefing is typing..." visible while slow work runs: Discord shows it for about 10 s per
/// POST /channels/{id}/typing, so it is renewed every 8 s until disposed. A failed typing call is
/// ignored (it is cosmetic and must never break the answer).
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(8);
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(IDiscordRestClient restClient, ulong channelId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RunAsync(restClient, channelId, timeProvider, _stop.Token);
    }

    /// <summary>Starts typing in <paramref name="channelId"/> now; dispose to stop renewing.</summary>
    public static TypingIndicator Start(IDiscordRestClient restClient, ulong channelId, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(restClient, channelId, timeProvider, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RunAsync(IDiscordRestClient restClient, ulong channelId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Renewal, timeProvider);
        try
        {
            do
            {
                try
                {
                    await restClient.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
                }
                catch (DiscordRestException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Cosmetic: a missing permission or a rate limit must not stop the real answer.
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // Disposed: the answer was posted.
        }
    }
}
