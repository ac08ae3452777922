using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Bot.Commands;
using Briefing.Bot.Hosting;

namespace Briefing.Bot.Tests;

/// <summary>Stands in for Discord's channel endpoint: records posts and signals each one.</summary>
internal sealed class RecordingChannelPoster : IChannelPoster
{
    private readonly SemaphoreSlim _posted = new(0);
    private int _nextId;

    public ConcurrentQueue<(ulong ChannelId, ReplyMessage Message, string? Nonce)> Posts { get; } = new();

    public Task<string> PostAsync(ulong channelId, ReplyMessage message, string? nonce, CancellationToken cancellationToken)
    {
        Posts.Enqueue((channelId, message, nonce));
        _posted.Release();
        return Task.FromResult(Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Waits (real time, bounded) for the next post made by a background service.</summary>
    public Task<bool> WaitForPostAsync(TimeSpan timeout) => _posted.WaitAsync(timeout);
}
