using System.Net;

namespace Briefing.Discord.Rest;

/// <summary>
/// The bot refused a call itself, without sending it: too many invalid requests in the last ten minutes, and
/// another one risks Discord's IP ban (10,000 in 10 minutes).
/// </summary>
public sealed class DiscordRequestRefusedException : DiscordRestException
{
    public DiscordRequestRefusedException(string route, int invalidRequests)
        : base(HttpStatusCode.TooManyRequests, 0,
            $"not sent: {invalidRequests} invalid requests in the last 10 minutes, close to Discord's ban at {InvalidRequestBudget.DiscordLimit}", null, route)
    {
        InvalidRequests = invalidRequests;
    }

    public int InvalidRequests { get; }
}
