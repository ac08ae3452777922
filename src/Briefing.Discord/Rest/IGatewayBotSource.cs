namespace Briefing.Discord.Rest;

/// <summary>Fetches <c>GET /gateway/bot</c>; implemented by the REST client.</summary>
public interface IGatewayBotSource
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}
