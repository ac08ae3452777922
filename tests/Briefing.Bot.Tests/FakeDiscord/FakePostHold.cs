using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// Lets a crash test restart killed bots at once instead of waiting out the nonce window first: from
/// <see cref="Begin"/>, channel messages arriving on a connection opened since then (a restarted bot's) are stored
/// only once the window has passed, so a restarted bot never meets a nonce its killed predecessor used. Messages on
/// older connections (a killed bot's last requests, still in the socket) are stored at once, as before.
/// </summary>
public sealed class FakePostHold
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _connectionsFirstSeen = new();
    private readonly Lock _gate = new();
    private DateTimeOffset _from = DateTimeOffset.MaxValue;
    private DateTimeOffset _until = DateTimeOffset.MinValue;

    /// <summary>From now, messages on new connections wait until <paramref name="window"/> has passed.</summary>
    public void Begin(TimeSpan window)
    {
        lock (_gate)
        {
            _from = DateTimeOffset.UtcNow;
            _until = _from + window;
        }
    }

    /// <summary>Notes when the request's connection was first seen (called for every API request).</summary>
    public void Saw(HttpContext context) => _connectionsFirstSeen.TryAdd(context.Connection.Id, DateTimeOffset.UtcNow);

    /// <summary>Waits out the window for a connection opened within it; false if the bot went away meanwhile (nothing is stored).</summary>
    public async Task<bool> WaitAsync(HttpContext context)
    {
        DateTimeOffset from, until;
        lock (_gate)
        {
            (from, until) = (_from, _until);
        }

        var wait = until - DateTimeOffset.UtcNow;
        if (wait <= TimeSpan.Zero || _connectionsFirstSeen.GetValueOrDefault(context.Connection.Id, DateTimeOffset.UtcNow) < from)
        {
            return true;
        }

        // A timer can fire a little before the wall clock reaches its end, so the wait repeats until it has.
        while (wait > TimeSpan.Zero && !context.RequestAborted.IsCancellationRequested)
        {
            await Task.Delay(wait, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            wait = until - DateTimeOffset.UtcNow;
        }

        return !context.RequestAborted.IsCancellationRequested;
    }
}
