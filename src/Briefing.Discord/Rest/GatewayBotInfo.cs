namespace Briefing.Discord.Rest;

/// <summary>What <c>GET /gateway/bot</c> returns: where to connect, recommended shards, identify budget.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>Identify budget: <see cref="MaxConcurrency"/> identifies per 5 s, <see cref="Remaining"/> of <see cref="Total"/> per day.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
