namespace Briefing.Discord.Models;

/// <summary>
/// <c>interaction.data</c>: for commands id/name/type/options/resolved, for components
/// custom_id/component_type/values, for modal submits custom_id/components.
/// </summary>
public sealed record InteractionData
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
    public int? Type { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public ResolvedData? Resolved { get; init; }
    public ulong? GuildId { get; init; }
    public ulong? TargetId { get; init; }
    public string? CustomId { get; init; }
    public int? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
