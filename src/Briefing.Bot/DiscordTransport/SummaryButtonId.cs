using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Bot.Commands;
using Briefing.Discord.Limits;
using Briefing.Summaries;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// The custom_id of a summary button: <c>b1:&lt;action&gt;:&lt;article id&gt;:&lt;shown length&gt;</c>, e.g.
/// <c>b1:shorter:42:standard</c>. Discord hands it back on a click exactly as the bot wrote it, but anyone can send
/// any string in its place, so reading is strict: this version only, a known action, a positive id without leading
/// zeros that fits a long, a known length, nothing else. The longest possible id is well under Discord's 100.
/// </summary>
public static partial class SummaryButtonId
{
    /// <summary>Bumped when the format changes: buttons of an older format then read as expired, never as something else.</summary>
    public const string Version = "b1";

    /// <summary>Discord's limit on a custom_id.</summary>
    public const int MaxLength = InteractionLimits.CustomId;

    public static string Format(SummaryAction action, long articleId, SummaryLength length)
    {
        if (articleId <= 0) throw new ArgumentOutOfRangeException(nameof(articleId), articleId, "Article ids are positive.");
        if (!Enum.IsDefined(action)) throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown summary action.");
        if (!Enum.IsDefined(length)) throw new ArgumentOutOfRangeException(nameof(length), length, "Unknown summary length.");
        return string.Create(CultureInfo.InvariantCulture, $"{Version}:{Name(action)}:{articleId}:{Name(length)}");
    }

    /// <summary>False for anything <see cref="Format"/> cannot have written.</summary>
    public static bool TryParse(string? customId, out SummaryButton button)
    {
        button = default;
        if (customId is null || customId.Length > MaxLength) return false;
        var match = Pattern().Match(customId);
        if (!match.Success
            || !long.TryParse(match.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var articleId)
            || !TryAction(match.Groups["action"].Value, out var action)
            || !TryLength(match.Groups["length"].Value, out var length))
        {
            return false;
        }
        button = new SummaryButton(action, articleId, length);
        return true;
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    // Exact lower-case names only: Enum.TryParse would also take "0", "Shorter" or " shorter".
    private static bool TryAction(string text, out SummaryAction action)
    {
        action = Enum.GetValues<SummaryAction>().FirstOrDefault(a => Name(a) == text);
        return Name(action) == text;
    }

    private static bool TryLength(string text, out SummaryLength length)
    {
        length = Enum.GetValues<SummaryLength>().FirstOrDefault(l => Name(l) == text);
        return Name(length) == text;
    }

    // \z, not $: $ would also accept a trailing newline.
    [GeneratedRegex(@"\Ab1:(?<action>[a-z]{1,20}):(?<id>[1-9][0-9]{0,18}):(?<length>[a-z]{1,20})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
