using System.Text.Json;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// An APPLICATION_COMMAND_AUTOCOMPLETE (type 4) interaction reduced to what a suggester needs: the command, the
/// subcommand, the one focused option with its type, and what has been typed so far (cut to
/// <see cref="MaxTypedLength"/>: no suggestion is longer, and a huge payload must not become a huge query).
/// The payload is untrusted, so <see cref="TryParse"/> names what was wrong instead of throwing.
/// </summary>
public sealed record AutocompleteRequest(string CommandName, string? Subcommand, string OptionName, ApplicationCommandOptionType OptionType, string Typed)
{
    /// <summary>Choice names and string values are at most 100 characters, so longer input cannot match more.</summary>
    public const int MaxTypedLength = InteractionLimits.ChoiceText;

    /// <summary>The typed text was longer than <see cref="MaxTypedLength"/> and has been cut.</summary>
    public bool WasTruncated { get; init; }

    /// <summary>False, with a one-line <paramref name="problem"/>, when the payload is not a well-formed autocomplete request.</summary>
    public static bool TryParse(Interaction interaction, out AutocompleteRequest? request, out string problem)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        request = null;
        if (interaction.Type != InteractionType.ApplicationCommandAutocomplete)
            return Fail($"interaction type {(int)interaction.Type} is not autocomplete (4)", out problem);
        if (interaction.Data?.Name is not { Length: > 0 } name)
            return Fail("no command name", out problem);
        if (interaction.Invoker is null)
            return Fail("no user", out problem);
        string? subcommand = null;
        var options = interaction.Data.Options ?? [];
        if (options is [{ Type: ApplicationCommandOptionType.SubCommandGroup } group])
        {
            subcommand = group.Name;
            options = group.Options ?? [];
        }
        if (options is [{ Type: ApplicationCommandOptionType.SubCommand } sub])
        {
            subcommand = subcommand is null ? sub.Name : $"{subcommand} {sub.Name}";
            options = sub.Options ?? [];
        }
        var focused = options.Where(option => option.Focused == true).ToList();
        if (focused is not [var option])
            return Fail(focused.Count == 0 ? "no focused option" : $"{focused.Count} focused options", out problem);
        if (ReadTyped(option) is not { } typed)
            return Fail($"option '{option.Name}' of type {(int)option.Type} carries no usable text", out problem);
        var truncated = typed.Length > MaxTypedLength;
        if (truncated)
            typed = typed[..(char.IsHighSurrogate(typed[MaxTypedLength - 1]) ? MaxTypedLength - 1 : MaxTypedLength)];
        request = new AutocompleteRequest(name, subcommand, option.Name, option.Type, typed) { WasTruncated = truncated };
        problem = "";
        return true;
    }

    // Discord sends what the user typed as a string, also for integer and number options (it may not parse yet);
    // a number is accepted there too. Other option types cannot autocomplete.
    private static string? ReadTyped(InteractionDataOption option) => (option.Type, option.Value?.ValueKind) switch
    {
        (ApplicationCommandOptionType.String, JsonValueKind.String) => option.Value!.Value.GetString(),
        (ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number, JsonValueKind.String or JsonValueKind.Number) => option.ValueText,
        _ => null,
    };

    private static bool Fail(string what, out string problem)
    {
        problem = what;
        return false;
    }
}
