namespace Briefing.Discord.Models;

/// <summary>
/// <c>d</c> of the READY dispatch. Older captures (gateway v6) lack <see cref="ResumeGatewayUrl"/>,
/// <see cref="Application"/> and <see cref="Shard"/>, so those are nullable.
/// </summary>
public sealed record GatewayReady(
    int V,
    GatewayUser User,
    string SessionId,
    string? ResumeGatewayUrl,
    GatewayReadyApplication? Application,
    IReadOnlyList<GatewayUnavailableGuild>? Guilds,
    IReadOnlyList<int>? Shard);
