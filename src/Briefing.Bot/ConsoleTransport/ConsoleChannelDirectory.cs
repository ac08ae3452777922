using Briefing.Bot.Commands;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>The local console is one server: every channel named there is one of its channels.</summary>
public sealed class ConsoleChannelDirectory : IChannelDirectory
{
    public Task<ulong?> FindGuildAsync(ulong channelId, CancellationToken cancellationToken) =>
        Task.FromResult<ulong?>(ConsoleSession.GuildId);
}
