using Briefing.Discord.Rest;

namespace Briefing.Discord.Messages;

/// <summary>
/// Keeps "Briefing is typing..." visible while slow work runs: Discord shows it for about 10 s per
/// POST /channels/{id}/typing, so it is renewed every 8 s until disposed. The first call is awaited before the work
/// starts: typing then always shows, and can never arrive after the answer (Discord would show the bot typing for
/// 10 s more). A failed typing call is ignored (it is cosmetic and must never break the answer).
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(8);
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(IDiscordRestClient restClient, ulong channelId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RenewAsync(restClient, channelId, timeProvider, _stop.Token);
    }

    /// <summary>Shows typing in <paramref name="channelId"/> (the first call done when this returns); dispose to stop renewing.</summary>
    public static async Task<TypingIndicator> StartAsync(IDiscordRestClient restClient, ulong channelId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(restClient);
        await TriggerAsync(restClient, channelId, cancellationToken).ConfigureAwait(false);
        return new TypingIndicator(restClient, channelId, timeProvider, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RenewAsync(IDiscordRestClient restClient, ulong channelId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Renewal, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await TriggerAsync(restClient, channelId, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the answer was posted.
        }
    }

    private static async Task TriggerAsync(IDiscordRestClient restClient, ulong channelId, CancellationToken cancellationToken)
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
}
