using System.Net;

namespace Briefing.Discord.Rest;

/// <summary>
/// Discord answered 401: the token is wrong or revoked. The client then refuses every further call
/// without sending it, because 10,000 invalid requests in 10 minutes get the IP banned.
/// </summary>
public sealed class DiscordUnauthorizedException : DiscordRestException
{
    public DiscordUnauthorizedException(string route)
        : base(HttpStatusCode.Unauthorized, 0, "the bot token was rejected; REST calls stay stopped until the token is fixed and the bot restarts", null, route)
    {
    }
}
