namespace Briefing.Discord.Limits;

/// <summary>
/// Discord's limits on interactions and commands (characters are UTF-16 code units). The validators and builders
/// of the wire project read them from here; the Bot's adapter hands them on as plain numbers.
/// </summary>
public static class InteractionLimits
{
    /// <summary>Suggestions in one autocomplete answer (callback type 8), and fixed choices of one option.</summary>
    public const int Choices = 25;

    /// <summary>A choice's shown name, and a string choice's value.</summary>
    public const int ChoiceText = 100;

    /// <summary>A component's <c>custom_id</c>.</summary>
    public const int CustomId = 100;
}
