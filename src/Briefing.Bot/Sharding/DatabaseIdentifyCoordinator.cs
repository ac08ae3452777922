using System.Collections.Concurrent;
using Briefing.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Sharding;

/// <summary>
/// IDENTIFY turns shared by every instance on one PostgreSQL (<see cref="IdentifyTurnStore"/>): Discord counts one
/// IDENTIFY per bucket per 5 s over all of the bot's connections, wherever they run. An instance that finds its bucket
/// taken sleeps until the time the row names, then asks again. A database that is away makes the IDENTIFY fail; the
/// shard's reconnect backoff retries it, so no turn is ever granted without the row.
/// </summary>
internal sealed partial class DatabaseIdentifyCoordinator(
    IdentifyTurnStore store, TimeProvider timeProvider, ILogger<DatabaseIdentifyCoordinator> logger, TimeSpan? window = null,
    TimeSpan? sendAllowance = null) : IIdentifyCoordinator
{
    /// <summary>Never spin: even a row that frees "now" is asked again only after this.</summary>
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Added to Discord's window: the instances' clocks differ a little, and an IDENTIFY leaves a moment after its turn
    /// is granted, so without it two sends of one bucket could reach Discord a few milliseconds under 5 s apart.
    /// </summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a granted turn may take to go out. The turn reserves its bucket for the window plus this, and the send
    /// then sets the window from the moment it left: an instance killed between its send and that update (or a send
    /// slowed by a busy machine) still leaves the bucket reserved for a full window after its IDENTIFY.
    /// </summary>
    public static readonly TimeSpan DefaultSendAllowance = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _window = (window ?? IIdentifyCoordinator.Window) + Margin;
    private readonly TimeSpan _reservation = (window ?? IIdentifyCoordinator.Window) + Margin + (sendAllowance ?? DefaultSendAllowance);
    private readonly ConcurrentDictionary<int, DateTimeOffset> _reserved = new();

    public async Task TakeTurnAsync(int bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            var reservedUntil = now + _reservation;
            if (await store.TryTakeAsync(bucket, now, reservedUntil, cancellationToken).ConfigureAwait(false) is not { } freeAt)
            {
                _reserved[bucket] = reservedUntil;
                return;
            }

            var wait = freeAt - now;
            wait = wait < MinimumWait ? MinimumWait : wait > _reservation ? _reservation : wait;
            LogWaiting(logger, bucket, wait);
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task TurnUsedAsync(int bucket, CancellationToken cancellationToken)
    {
        try
        {
            var reservation = _reserved.TryRemove(bucket, out var reservedUntil) ? reservedUntil : (DateTimeOffset?)null;
            await store.MarkSentAsync(bucket, reservation, timeProvider.GetUtcNow() + _window, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The IDENTIFY is out and its connection is fine; only the turn's own reservation (from when it was taken)
            // now guards the bucket. Losing the connection over this bookkeeping would cost another IDENTIFY.
            LogPushFailed(logger, bucket, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway: IDENTIFY bucket {Bucket} was just used (here or by another instance); waiting {Wait}")]
    private static partial void LogWaiting(ILogger logger, int bucket, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway: could not record the IDENTIFY of bucket {Bucket} in the database; its turn's reservation stands")]
    private static partial void LogPushFailed(ILogger logger, int bucket, Exception exception);
}
