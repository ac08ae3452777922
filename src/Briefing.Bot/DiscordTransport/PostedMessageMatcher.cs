using System.Text;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Recognises the bot's own earlier posts in a channel's history. Discord does not return a message's nonce when
/// the history is read, so a post is matched by what it shows: its content and its embeds' text.
/// </summary>
internal static class PostedMessageMatcher
{
    private const long DiscordEpochMilliseconds = 1_420_070_400_000;

    // A margin for clock skew between this host and Discord: an earlier identical post of the same page is the same post.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>The snowflake of an instant a little before <paramref name="since"/>, for <c>?after=</c>.</summary>
    public static ulong SnowflakeBefore(DateTimeOffset since)
    {
        var milliseconds = (since - ClockSkew).ToUnixTimeMilliseconds() - DiscordEpochMilliseconds;
        return milliseconds <= 0 ? 0 : (ulong)milliseconds << 22;
    }

    /// <summary>Everything a reader sees of a message, in one comparable string.</summary>
    public static string Fingerprint(string? content, IReadOnlyList<Embed>? embeds)
    {
        var text = new StringBuilder(Normalize(content));
        foreach (var embed in embeds ?? [])
        {
            text.Append('\u001e').Append(Normalize(embed.Title)).Append('\u001f').Append(Normalize(embed.Description))
                .Append('\u001f').Append(Normalize(embed.Footer?.Text));
            foreach (var field in embed.Fields ?? [])
            {
                text.Append('\u001f').Append(Normalize(field.Name)).Append('\u001f').Append(Normalize(field.Value));
            }
        }

        return text.ToString();
    }

    // Discord trims surrounding whitespace of what it stores.
    private static string Normalize(string? text) => (text ?? string.Empty).Trim();
}
