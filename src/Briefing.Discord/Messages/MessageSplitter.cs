using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Messages;

/// <summary>
/// Turns long text into messages Discord accepts: plain content pieces of at most 2000 characters, or
/// embeds whose descriptions hold at most 4096, packed at most 10 embeds and 6000 characters per
/// message. Cuts follow <see cref="MarkdownSplitter"/>. Every message gets <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
public static class MessageSplitter
{
    /// <summary>Plain messages of at most 2000 characters each.</summary>
    public static IReadOnlyList<MessagePayload> ToContentMessages(string text) =>
        MarkdownSplitter.Split(text, MessageLimits.Content).Select(MessagePayload.Text).ToArray();

    /// <summary>
    /// The text as embed descriptions (at most 4096 each). The first embed carries <paramref name="title"/>
    /// (and <paramref name="url"/>); the others continue it untitled. Embeds are packed into as few
    /// messages as the 10-embed and 6000-character limits allow.
    /// </summary>
    public static IReadOnlyList<MessagePayload> ToEmbedMessages(string text, string? title = null, string? url = null, int? color = null)
    {
        var first = new EmbedBuilder();
        if (!string.IsNullOrWhiteSpace(title))
        {
            first.WithTitle(title);
        }
        if (!string.IsNullOrWhiteSpace(url))
        {
            first.WithUrl(url);
        }
        var titleLength = first.Length;
        // Each description may be at most 4096 and, with the title, must fit one message's 6000.
        var pieces = MarkdownSplitter.Split(text, Math.Min(MessageLimits.EmbedDescription, MessageLimits.EmbedTotal - titleLength));
        var embeds = new List<Embed>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var builder = i == 0 ? first : new EmbedBuilder();
            builder.WithDescription(pieces[i]);
            if (color is { } rgb)
            {
                builder.WithColor(rgb);
            }
            embeds.Add(builder.Build());
        }
        if (embeds.Count == 0 && titleLength > 0)
        {
            embeds.Add(first.Build());
        }
        return PackEmbeds(embeds);
    }

    /// <summary>Groups embeds in order into messages of at most 10 embeds and 6000 characters.</summary>
    public static IReadOnlyList<MessagePayload> PackEmbeds(IEnumerable<Embed> embeds)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        var messages = new List<MessagePayload>();
        var current = new List<Embed>();
        var currentLength = 0;
        foreach (var embed in embeds)
        {
            MessageLimits.ValidateEmbed(embed);
            if (current.Count == MessageLimits.EmbedsPerMessage || currentLength + embed.TextLength > MessageLimits.EmbedTotal)
            {
                messages.Add(new MessagePayload { Embeds = current.ToArray() });
                current.Clear();
                currentLength = 0;
            }
            current.Add(embed);
            currentLength += embed.TextLength;
        }
        if (current.Count > 0)
        {
            messages.Add(new MessagePayload { Embeds = current.ToArray() });
        }
        return messages;
    }
}
