using System.Text.Json.Nodes;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>
/// Holds the fake Discord's answer to a chosen stored page, so the crash test can kill the bot in the window where
/// Discord has the page and the bot does not know it yet.
/// </summary>
internal sealed class CommitKiller
{
    private readonly Lock _gate = new();
    private int _remaining;
    private bool _hold;
    private TaskCompletionSource? _reached;
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommitKiller(FakeDiscordServer discord) => discord.AfterCommit = OnCommitAsync;

    /// <summary>
    /// True when the <paramref name="count"/>-th page from now was stored (and, with <paramref name="hold"/>, its answer
    /// is being held) before <paramref name="timeout"/>.
    /// </summary>
    public async Task<bool> WaitForCommitAsync(int count, TimeSpan timeout, bool hold)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _remaining = count;
            _hold = hold;
            _reached = reached;
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        try
        {
            await reached.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            lock (_gate) { _reached = null; }
            return false;
        }
    }

    /// <summary>Lets held answers go (to a dead connection, once the bot is killed).</summary>
    public void Release()
    {
        lock (_gate) { _release.TrySetResult(); }
    }

    private async Task OnCommitAsync(JsonObject message, CancellationToken aborted)
    {
        Task hold;
        lock (_gate)
        {
            if (_reached is null || --_remaining > 0) return;
            _reached.TrySetResult();
            _reached = null;
            if (!_hold) return;
            hold = _release.Task;
        }
        try
        {
            await hold.WaitAsync(TimeSpan.FromSeconds(10), aborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // The bot died while waiting, which is the point.
        }
    }
}
