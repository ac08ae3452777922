namespace Briefing.Discord.Models;

/// <summary>The wire shape of GET /gateway/bot; <c>reset_after</c> is in milliseconds.</summary>
public sealed record GatewayBotResponse
{
    public string Url { get; set; } = "";
    public int Shards { get; set; } = 1;
    public SessionStartLimitResponse SessionStartLimit { get; set; } = new();
}
