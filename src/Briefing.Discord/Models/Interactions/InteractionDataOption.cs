using System.Text.Json;

namespace Briefing.Discord.Models;

/// <summary>
/// One option of an invoked command. Subcommands and groups carry nested <see cref="Options"/>; value
/// options carry <see cref="Value"/> (string, integer, number, boolean, or a snowflake string for
/// user/channel/role/mentionable, resolved in <see cref="ResolvedData"/>).
/// </summary>
public sealed record InteractionDataOption
{
    public string Name { get; set; } = "";
    public ApplicationCommandOptionType Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public bool? Focused { get; init; }

    /// <summary>The value as invariant text (numbers and booleans as written), or null when absent.</summary>
    public string? ValueText => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Null } => null,
        { } value => value.GetRawText(),
    };
}
