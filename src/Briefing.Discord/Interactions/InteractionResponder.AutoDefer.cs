using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

// The auto-defer alarms: the ack budget's deferral and the 2-s guard behind it, both counted from arrival.
public sealed partial class InteractionResponder
{
    /// <summary>
    /// Defers at <paramref name="dueAt"/> unless acknowledged by then. Armed more than once (the ack budget, then the
    /// 2-s guard), each alarm runs after the previous one finished, so a failed deferral is retried by the next.
    /// </summary>
    internal void ArmAutoDefer(DateTimeOffset dueAt)
    {
        if (Volatile.Read(ref _retired))
        {
            return;
        }
        var due = dueAt - _timeProvider.GetUtcNow();
        if (due <= TimeSpan.Zero)
        {
            // Already due (a zero budget, or an interaction that waited that long): the deferral takes the gate now, so
            // whatever the handler sends next finds the interaction acknowledged, never a race.
            Ring();
            return;
        }
        lock (_autoDeferAlarms)
        {
            _autoDeferAlarms.Add(_timeProvider.CreateTimer(_ => Ring(), null, due, Timeout.InfiniteTimeSpan));
        }
    }

    /// <summary>
    /// Stops every alarm not yet rung: the acknowledgement is already decided (a refusal or "busy" answered at arrival),
    /// and a deferral that beat that answer to the gate would turn it into a "thinking..." that never gets its text.
    /// </summary>
    internal void DisarmAutoDefer()
    {
        lock (_autoDeferAlarms)
        {
            foreach (var alarm in _autoDeferAlarms)
            {
                alarm.Dispose();
            }
            _autoDeferAlarms.Clear();
        }
    }

    private void Ring()
    {
        lock (_autoDeferAlarms)
        {
            // Disposed (the handler is done): an alarm armed late, from another thread, has nothing left to defer.
            if (_retired)
            {
                return;
            }
            _autoDeferTask = AfterAsync(_autoDeferTask);
        }

        async Task AfterAsync(Task previous)
        {
            await previous.ConfigureAwait(false);
            await AutoDeferAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Completes when a guard deferral that already started has finished (for orderly shutdown and tests).</summary>
    public Task AutoDeferCompletion { get { lock (_autoDeferAlarms) { return _autoDeferTask; } } }

    public async ValueTask DisposeAsync()
    {
        ITimer[] alarms;
        lock (_autoDeferAlarms)
        {
            _retired = true;
            alarms = [.. _autoDeferAlarms];
        }
        foreach (var alarm in alarms)
        {
            await alarm.DisposeAsync().ConfigureAwait(false);
        }
        Task pending;
        lock (_autoDeferAlarms)
        {
            pending = _autoDeferTask;
        }
        await pending.ConfigureAwait(false);
        _disposed.Dispose();
    }

    private async Task AutoDeferAsync()
    {
        try
        {
            var type = Interaction.Type == InteractionType.MessageComponent
                ? InteractionCallbackType.DeferredUpdateMessage
                : InteractionCallbackType.DeferredChannelMessageWithSource;
            var deferred = await UnderGateAsync(ct => DeferCoreAsync(type, AutoDeferEphemeral, ct), _disposed.Token).ConfigureAwait(false);
            if (deferred)
            {
                WasAutoDeferred = true;
                InteractionLog.AutoDeferred(_logger, Interaction.Id);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            InteractionLog.AutoDeferFailed(_logger, Interaction.Id, exception);
        }
        catch (OperationCanceledException)
        {
            // Disposed before the guard fired its request: the handler is done with this interaction.
        }
    }
}
