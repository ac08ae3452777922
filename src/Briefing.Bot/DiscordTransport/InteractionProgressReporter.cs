using System.Text.RegularExpressions;
using Briefing.Bot.Commands;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Shows a command's status lines ("⏳ Reading …") in its interaction's original response while the handler works.
/// Quiet until <see cref="InteractionProgressOptions.ShowAfter"/> from arrival; then it defers (with the guard's
/// visibility, so never a second acknowledgement) and edits the pending original, at most once per
/// <see cref="InteractionProgressOptions.MinInterval"/>, one edit at a time, the latest line winning. After
/// <see cref="CompleteAsync"/> nothing more is sent, and the in-flight edit has finished, so the answer comes last.
/// A failed status edit is logged and never fails the command.
/// </summary>
public sealed partial class InteractionProgressReporter : IProgress<string>, IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly InteractionResponder _responder;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _minInterval;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private readonly ITimer _timer;
    private DateTimeOffset _nextEditAt;
    private string? _pending;
    private bool _armed;
    private bool _editing;
    private bool _closed;
    private bool _shown;
    private Task _inFlight = Task.CompletedTask;

    public InteractionProgressReporter(
        InteractionResponder responder, DateTimeOffset receivedAt, InteractionProgressOptions options, TimeProvider timeProvider, ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        _responder = responder;
        _timeProvider = timeProvider;
        _minInterval = options.MinInterval;
        _logger = logger;
        _cancellationToken = cancellationToken;
        _nextEditAt = receivedAt + options.ShowAfter;
        _timer = timeProvider.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Report(string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        lock (_lock)
        {
            if (_closed) return;
            _pending = value;
            // An armed timer or an edit under way picks the latest line up when its turn comes.
            if (_armed || _editing) return;
            _armed = true;
        }
        Arm();
    }

    /// <summary>
    /// Stops reporting and waits for an edit in flight. True when a status was shown: the answer's edit must then
    /// replace the status text (an edit keeps what it leaves out).
    /// </summary>
    public async Task<bool> CompleteAsync()
    {
        Task inFlight;
        lock (_lock)
        {
            _closed = true;
            _pending = null;
            inFlight = _inFlight;
        }
        await _timer.DisposeAsync().ConfigureAwait(false);
        await inFlight.ConfigureAwait(false);
        lock (_lock) return _shown;
    }

    public async ValueTask DisposeAsync() => await CompleteAsync().ConfigureAwait(false);

    // Outside the lock: a timer due now may run its callback on this very thread.
    private void Arm()
    {
        var due = _nextEditAt - _timeProvider.GetUtcNow();
        try
        {
            _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Completed meanwhile: nothing more is shown.
        }
    }

    private void Flush()
    {
        string text;
        TaskCompletionSource done;
        lock (_lock)
        {
            _armed = false;
            if (_closed || _pending is null) return;
            text = _pending;
            _pending = null;
            _editing = true;
            // Published under the lock, so CompleteAsync either stops this edit or waits for it.
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlight = done.Task;
        }
        _ = EditAsync(text, done);
    }

    private async Task EditAsync(string text, TaskCompletionSource done)
    {
        try
        {
            await _responder.DeferAsync(_responder.AutoDeferEphemeral, _cancellationToken).ConfigureAwait(false);
            if (await _responder.EditPendingOriginalAsync(Payload(text), _cancellationToken).ConfigureAwait(false))
            {
                lock (_lock) _shown = true;
            }
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            // The command was cancelled; its own error path answers the user.
        }
        catch (Exception exception)
        {
            DiscordTransportLog.ProgressFailed(_logger, _responder.Interaction.Id, exception);
        }

        bool again;
        lock (_lock)
        {
            _editing = false;
            _nextEditAt = _timeProvider.GetUtcNow() + _minInterval;
            again = !_closed && _pending is not null && !_armed;
            _armed |= again;
        }
        done.TrySetResult();
        if (again) Arm();
    }

    // The same rendering as every reply (allowed_mentions none, Discord's limits). A bare URL would make Discord
    // unfurl a preview embed under the status, which the answer would then have to clear: links go in <...>.
    private static MessagePayload Payload(string text) =>
        BotReplyRenderer.Render(BotReply.Text("⏳ " + BareUrl().Replace(text, "<$0>")))[0] with { Flags = null };

    [GeneratedRegex(@"(?<!<)https?://[^\s<>…]+")]
    private static partial Regex BareUrl();
}
