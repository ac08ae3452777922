using System.Globalization;
using Briefing.Bot.Commands;
using Briefing.Bot.Hosting;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>The local console's "channels": a post is printed with the channel it went to. Message ids are a local counter.</summary>
public sealed class ConsoleChannelPoster(ConsoleOutput output) : IChannelPoster
{
    private long _lastId;

    public async Task<string> PostAsync(ulong channelId, ReplyMessage message, string? nonce, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        var text = $"[posted to {ConsoleRenderer.ChannelName(channelId)}]\n{ConsoleRenderer.Render(message)}";
        await output.Out.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }
}
