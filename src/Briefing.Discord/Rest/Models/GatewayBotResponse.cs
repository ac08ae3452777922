namespace Briefing.Discord.Rest.Models;

/// <summary>The wire shape of GET /gateway/bot; <c>reset_after</c> is in milliseconds.</summary>
public sealed record GatewayBotResponse
{
    public string Url { get; init; } = "";
    public int Shards { get; init; } = 1;
    public SessionStartLimitResponse SessionStartLimit { get; init; } = new();
}
