using System.Text.RegularExpressions;
using Briefing.Discord.Models;

namespace Briefing.Discord.Limits;

/// <summary>
/// Checks declared commands against Discord's rules before the bulk overwrite, so a bad declaration fails
/// at start-up with one clear line instead of a 400 from Discord: names 1-32 characters, lowercase, of
/// <c>^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$</c>; descriptions 1-100; at most 25 options and 25
/// choices; required options before optional ones; unique names; at most 100 global chat-input commands.
/// </summary>
public static partial class SlashCommandValidator
{
    public const int MaxCommands = 100;
    public const int MaxOptions = 25;
    public const int MaxChoices = InteractionLimits.Choices;
    public const int MaxNameLength = 32;
    public const int MaxDescriptionLength = 100;

    // .NET has no \p{sc=...} script classes; Devanagari and Thai are named blocks (\p{IsDevanagari}, \p{IsThai}),
    // which cover the same letters, and their combining vowel signs are what \p{L}/\p{N} would miss.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();

    public static bool IsValidName(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength && NamePattern().IsMatch(name)
        && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first broken rule and where.</summary>
    public static void Validate(IReadOnlyList<SlashCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Require(commands.Count <= MaxCommands, $"{commands.Count} commands declared; Discord allows at most {MaxCommands}.");
        RequireUnique(commands.Select(command => command.Name), "command");
        foreach (var command in commands)
        {
            CheckNameAndDescription(command.Name, command.Description, $"/{command.Name}");
            CheckOptions(command.Options, $"/{command.Name}", depth: 0);
        }
    }

    private static void CheckOptions(IReadOnlyList<SlashCommandOption> options, string where, int depth)
    {
        Require(options.Count <= MaxOptions, $"{where} has {options.Count} options; at most {MaxOptions} are allowed.");
        RequireUnique(options.Select(option => option.Name), $"{where} option");
        var seenOptional = false;
        var subcommands = options.Count(option => option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        Require(subcommands == 0 || subcommands == options.Count, $"{where} mixes subcommands with plain options.");
        foreach (var option in options)
        {
            var path = $"{where} {option.Name}";
            CheckNameAndDescription(option.Name, option.Description, path);
            var isRequired = option.Required == true;
            Require(!(isRequired && seenOptional), $"{path} is required but follows an optional option; required options come first.");
            seenOptional |= !isRequired;
            Require((option.Choices?.Count ?? 0) <= MaxChoices, $"{path} has {option.Choices?.Count} choices; at most {MaxChoices} are allowed.");
            foreach (var choice in option.Choices ?? [])
            {
                Require(choice.Name.Length is >= 1 and <= InteractionLimits.ChoiceText && choice.Value.Length is >= 1 and <= InteractionLimits.ChoiceText,
                    $"{path} choice '{choice.Name}' needs a name and value of 1-{InteractionLimits.ChoiceText} characters.");
            }
            // Discord refuses autocomplete beside fixed choices, and on anything but text and numbers.
            Require(option.Autocomplete != true || ((option.Choices?.Count ?? 0) == 0
                    && option.Type is ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number),
                $"{path}: autocomplete needs a string, integer or number option without fixed choices.");
            switch (option.Type)
            {
                case ApplicationCommandOptionType.SubCommandGroup:
                    Require(depth == 0, $"{path}: a subcommand group can only sit at the top level.");
                    Require((option.Options ?? []).All(child => child.Type == ApplicationCommandOptionType.SubCommand),
                        $"{path}: a subcommand group may only contain subcommands.");
                    CheckOptions(option.Options ?? [], path, depth + 1);
                    break;
                case ApplicationCommandOptionType.SubCommand:
                    Require(option.Required is null or false, $"{path}: a subcommand cannot be required.");
                    CheckOptions(option.Options ?? [], path, depth + 1);
                    break;
                default:
                    Require(option.Options is null or { Count: 0 }, $"{path}: only subcommands and groups nest options.");
                    break;
            }
        }
    }

    private static void CheckNameAndDescription(string name, string description, string where)
    {
        Require(IsValidName(name), $"{where}: name '{name}' must be 1-{MaxNameLength} lowercase letters, digits, '-', '_' or '\''.");
        Require(description.Length is >= 1 and <= MaxDescriptionLength, $"{where}: description must be 1-{MaxDescriptionLength} characters (is {description.Length}).");
    }

    private static void RequireUnique(IEnumerable<string> names, string what)
    {
        var duplicate = names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        Require(duplicate is null, $"Two {what}s are named '{duplicate?.Key}'.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
