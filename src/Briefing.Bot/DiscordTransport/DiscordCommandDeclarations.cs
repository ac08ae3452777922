using Briefing.Bot.Commands;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// The application commands Discord is told about, built from <see cref="CommandCatalogue"/> (the one list every
/// transport shares): subcommands become type-1 options, channel options accept text channels and threads.
/// Permissions are not put in <c>default_member_permissions</c>: a command with open and restricted subcommands
/// (/library) must stay visible to everyone, and the dispatcher checks Manage Server from the interaction.
/// </summary>
public sealed class DiscordCommandDeclarations
{
    private static readonly IReadOnlyList<ChannelType> PostableChannels =
        [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.AnnouncementThread];

    public IReadOnlyList<SlashCommand> Build() => [.. CommandCatalogue.All.Select(ToSlashCommand)];

    public static SlashCommand ToSlashCommand(CommandDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var options = definition.Subcommands.Count > 0
            ? definition.Subcommands.Select(sub => new SlashCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = sub.Name,
                Description = sub.Description,
                Options = Order(sub.Options).Select(ToOption).ToList(),
            }).ToList()
            : Order(definition.Options).Select(ToOption).ToList();
        return new SlashCommand { Name = definition.Name, Description = definition.Description, Options = options };
    }

    // Discord requires the required options before the optional ones.
    private static IEnumerable<CommandOptionDefinition> Order(IEnumerable<CommandOptionDefinition> options) =>
        options.OrderBy(option => option.Required ? 0 : 1);

    private static SlashCommandOption ToOption(CommandOptionDefinition option) => new()
    {
        Type = WireType(option.Type),
        Name = option.Name,
        Description = option.Description,
        Required = option.Required ? true : null,
        Choices = option.Choices?.Select(choice => new SlashCommandChoice(choice, choice)).ToList(),
        ChannelTypes = option.Type == CommandOptionType.Channel ? PostableChannels : null,
        Autocomplete = option.Suggests != OptionSuggestions.None ? true : null,
    };

    /// <summary>The Discord option type an option is declared with (also what its autocomplete requests must carry).</summary>
    public static ApplicationCommandOptionType WireType(CommandOptionType type) => type switch
    {
        CommandOptionType.Integer => ApplicationCommandOptionType.Integer,
        CommandOptionType.Channel => ApplicationCommandOptionType.Channel,
        CommandOptionType.Attachment => ApplicationCommandOptionType.Attachment,
        _ => ApplicationCommandOptionType.String,
    };
}
