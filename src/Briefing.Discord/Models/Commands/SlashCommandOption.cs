
namespace Briefing.Discord.Models;

/// <summary>
/// An option, subcommand or subcommand group of a declared command. Subcommands and groups nest
/// <see cref="Options"/>; value options may carry up to 25 string <see cref="Choices"/>.
/// </summary>
public sealed record SlashCommandOption
{
    public ApplicationCommandOptionType Type { get; init; } = ApplicationCommandOptionType.String;
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    /// <summary>Left out of the JSON when false (subcommands must not carry it).</summary>
    public bool? Required { get; init; }
    public IReadOnlyList<SlashCommandChoice>? Choices { get; init; }
    /// <summary>
    /// True: Discord sends type-4 interactions while the user types and shows the bot's suggestions. Left out when
    /// null; a string, integer or number option only, and never together with <see cref="Choices"/>.
    /// </summary>
    public bool? Autocomplete { get; init; }
    public IReadOnlyList<SlashCommandOption>? Options { get; init; }
    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
}
