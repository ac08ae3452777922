using Briefing.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Where the embedding indexer gives way to interactions: before each model call it waits while an interaction is in hand
/// or one arrived less than <see cref="QuietAfter"/> ago, looking again every <see cref="Step"/>. The model takes both cores
/// for seconds per batch, and people waiting for an acknowledgement must not wait behind it. A bot that is never quiet
/// still embeds: after <see cref="MaxWait"/> one batch runs anyway. Without an interaction lane (console, CLI) it never waits.
/// </summary>
internal sealed partial class InteractionYield(IInteractionActivity? interactions, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>A burst's refusals are answered within milliseconds each; a second without arrivals means it is over.</summary>
    public static readonly TimeSpan QuietAfter = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    /// <summary>One index interval's worth: the library still gets its vectors on a bot that is busy all day.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public bool IsBusy => interactions is { } lane
        && (lane.InHand > 0 || (lane.LastArrivedAt is { } last && timeProvider.GetUtcNow() - last < QuietAfter));

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetUtcNow();
        if (!IsBusy)
        {
            return;
        }

        LogWaiting(logger, interactions!.InHand);
        while (IsBusy && timeProvider.GetUtcNow() - started < MaxWait)
        {
            await Task.Delay(Step, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        LogResumed(logger, timeProvider.GetUtcNow() - started);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Embedding indexer: {InHand} interaction(s) in hand or just arrived; waiting before the next model call")]
    private static partial void LogWaiting(ILogger logger, int inHand);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Embedding indexer: going on after waiting {Waited} for interactions")]
    private static partial void LogResumed(ILogger logger, TimeSpan waited);
}
