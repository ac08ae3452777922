using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// An APPLICATION_COMMAND flattened: the command name, the subcommand group and subcommand when used,
/// and the leaf options by name (values in <see cref="InteractionDataOption.ValueText"/>, objects behind
/// user/channel/role ids in the interaction's <c>data.resolved</c>).
/// </summary>
public sealed record InvokedCommand(
    string Name, string? SubcommandGroup, string? Subcommand, IReadOnlyDictionary<string, InteractionDataOption> Options)
{
    /// <summary>Null when the interaction is not an application command.</summary>
    public static InvokedCommand? From(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Type != InteractionType.ApplicationCommand || interaction.Data?.Name is not { } name)
        {
            return null;
        }
        string? group = null;
        string? subcommand = null;
        var options = interaction.Data.Options ?? [];
        if (options is [{ Type: ApplicationCommandOptionType.SubCommandGroup } groupOption])
        {
            group = groupOption.Name;
            options = groupOption.Options ?? [];
        }
        if (options is [{ Type: ApplicationCommandOptionType.SubCommand } subcommandOption])
        {
            subcommand = subcommandOption.Name;
            options = subcommandOption.Options ?? [];
        }
        // Discord never repeats an option name; a payload that does is not trusted to pick which one counts beyond the first.
        return new InvokedCommand(name, group, subcommand, options.DistinctBy(option => option.Name, StringComparer.Ordinal)
            .ToDictionary(option => option.Name, StringComparer.Ordinal));
    }

    /// <summary>An option's value as text, or null when absent or blank.</summary>
    public string? Option(string name) =>
        Options.TryGetValue(name, out var option) && !string.IsNullOrWhiteSpace(option.ValueText) ? option.ValueText : null;
}
