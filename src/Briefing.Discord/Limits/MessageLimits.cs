using Briefing.Discord.Models;

namespace Briefing.Discord.Limits;

/// <summary>
/// Discord's message and embed limits (characters, counted as UTF-16 code units like Discord's own
/// counting of most text), and the last check before anything is sent. Going over a limit is a 400
/// (50035), so outgoing messages are refused here with one clear line instead.
/// </summary>
public static class MessageLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedAuthorName = 256;
    /// <summary>All embeds of one message together.</summary>
    public const int EmbedTotal = 6000;
    public const int Nonce = 25;
    /// <summary>Messages in one page of <c>GET /channels/{id}/messages</c>.</summary>
    public const int MessagesPerHistoryPage = 100;

    /// <summary>
    /// Returns the message ready to send: <c>allowed_mentions: {"parse": []}</c> when it set none.
    /// Throws <see cref="ArgumentException"/> naming the first limit it breaks.
    /// </summary>
    public static MessagePayload Prepare(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Validate(message);
        return message.AllowedMentions is null ? message with { AllowedMentions = AllowedMentions.None } : message;
    }

    public static void Validate(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var embeds = message.Embeds ?? [];
        if (string.IsNullOrEmpty(message.Content) && embeds.Count == 0 && (message.Components?.Count ?? 0) == 0)
        {
            throw new ArgumentException("A Discord message needs content, an embed or a component; this one is empty.", nameof(message));
        }
        Check(message.Content?.Length ?? 0, Content, "message content");
        Check(embeds.Count, EmbedsPerMessage, "embeds per message");
        foreach (var embed in embeds)
        {
            ValidateEmbed(embed);
        }
        Check(embeds.Sum(embed => embed.TextLength), EmbedTotal, "total embed text of one message");
        Check(message.Nonce?.Length ?? 0, Nonce, "nonce");
    }

    public static void ValidateEmbed(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        Check(embed.Title?.Length ?? 0, EmbedTitle, "embed title");
        Check(embed.Description?.Length ?? 0, EmbedDescription, "embed description");
        Check(embed.Footer?.Text.Length ?? 0, EmbedFooter, "embed footer");
        Check(embed.Author?.Name.Length ?? 0, EmbedAuthorName, "embed author name");
        var fields = embed.Fields ?? [];
        Check(fields.Count, EmbedFields, "embed fields");
        foreach (var field in fields)
        {
            Check(field.Name.Length, EmbedFieldName, "embed field name");
            Check(field.Value.Length, EmbedFieldValue, "embed field value");
            if (field.Name.Length == 0 || field.Value.Length == 0)
            {
                throw new ArgumentException("An embed field needs a non-empty name and value.", nameof(embed));
            }
        }
        Check(embed.TextLength, EmbedTotal, "embed text");
    }

    private static void Check(int actual, int limit, string what)
    {
        if (actual > limit)
        {
            throw new ArgumentException($"The {what} is {actual} characters/items; Discord allows at most {limit}.");
        }
    }
}
