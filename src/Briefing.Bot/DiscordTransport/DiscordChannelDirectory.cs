using System.Net;
using Briefing.Bot.Commands;
using Briefing.Discord.Rest;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Asks Discord (GET /channels/{id}) which server a channel belongs to. Exact where the interaction is not: a
/// resolved channel option carries no <c>guild_id</c>. A channel the bot cannot see (403) or that does not exist
/// (404) belongs to no server the command may touch.
/// </summary>
public sealed class DiscordChannelDirectory(IDiscordRestClient restClient) : IChannelDirectory
{
    public async Task<ulong?> FindGuildAsync(ulong channelId, CancellationToken cancellationToken)
    {
        try
        {
            return (await restClient.GetChannelAsync(channelId, cancellationToken).ConfigureAwait(false)).GuildId;
        }
        catch (DiscordRestException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }
    }
}
