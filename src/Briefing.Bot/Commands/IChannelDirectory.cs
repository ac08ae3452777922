namespace Briefing.Bot.Commands;

/// <summary>
/// Which server a channel belongs to. A channel option carries only an id (Discord's resolved partial channel has
/// no <c>guild_id</c>), so handlers ask here before they touch another channel's digest.
/// </summary>
public interface IChannelDirectory
{
    /// <summary>The channel's server; null when the channel is unknown, not a server channel, or hidden from the bot.</summary>
    Task<ulong?> FindGuildAsync(ulong channelId, CancellationToken cancellationToken);
}
