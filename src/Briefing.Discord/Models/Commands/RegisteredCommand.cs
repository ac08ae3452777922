namespace Briefing.Discord.Models;

/// <summary>A command as Discord returns it after registration (its id is what interactions carry in <c>data.id</c>).</summary>
public sealed record RegisteredCommand
{
    public ulong Id { get; init; }
    public ulong ApplicationId { get; init; }
    public string Name { get; set; } = "";
    public ulong? Version { get; init; }
}
