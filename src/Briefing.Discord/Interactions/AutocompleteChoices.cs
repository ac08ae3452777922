using System.Globalization;
using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Builds type-8 choices that Discord accepts: at most <see cref="MaxChoices"/>, names cut to 1-100 characters,
/// values of the focused option's type (strings of 1-100 characters, integers, numbers). A suggestion that cannot
/// be expressed that way is dropped rather than sent, since one bad choice makes Discord reject the whole answer.
/// </summary>
public static class AutocompleteChoices
{
    public const int MaxChoices = InteractionLimits.Choices;
    public const int MaxNameLength = InteractionLimits.ChoiceText;
    public const int MaxStringValueLength = InteractionLimits.ChoiceText;

    public static IReadOnlyList<AutocompleteChoice> Build(IEnumerable<(string Name, string Value)> suggestions, ApplicationCommandOptionType optionType)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var choices = new List<AutocompleteChoice>(MaxChoices);
        foreach (var (name, value) in suggestions)
        {
            if (choices.Count == MaxChoices) break;
            if (Create(name, value, optionType) is { } choice) choices.Add(choice);
        }
        return choices;
    }

    /// <summary>Null when the name is blank or the value does not fit the option's type.</summary>
    public static AutocompleteChoice? Create(string name, string value, ApplicationCommandOptionType optionType)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var shown = name.Trim();
        if (shown.Length == 0) return null;
        shown = TextTruncation.Truncate(shown, MaxNameLength);
        JsonElement? wire = optionType switch
        {
            ApplicationCommandOptionType.String when value.Length is >= 1 and <= MaxStringValueLength =>
                JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String),
            ApplicationCommandOptionType.Integer when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) =>
                JsonSerializer.SerializeToElement(integer, DiscordJsonContext.Default.Int64),
            ApplicationCommandOptionType.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) =>
                JsonSerializer.SerializeToElement(number, DiscordJsonContext.Default.Double),
            _ => null,
        };
        return wire is { } element ? new AutocompleteChoice(shown, element) : null;
    }
}
