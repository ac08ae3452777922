using Briefing.Bot.Commands;
using Briefing.Discord.Messages;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Turns a transport-neutral <see cref="BotReply"/> into Discord messages. The adapter keeps every limit:
/// content is split by <see cref="MessageSplitter"/>, each card is laid out by <see cref="EmbedComposer"/>
/// (continued, never cut) and the embeds are packed by <see cref="MessageSplitter.PackEmbeds"/>. Every message
/// keeps <c>allowed_mentions: {"parse": []}</c>: card and content text can come from articles or a model, and
/// must never ping anyone.
/// </summary>
public static class BotReplyRenderer
{
    public static IReadOnlyList<MessagePayload> Render(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var flags = reply.Ephemeral ? MessagePayload.EphemeralFlag : (int?)null;
        var messages = reply.Messages.SelectMany(RenderMessage)
            .Select(message => message with { Flags = flags, AllowedMentions = AllowedMentions.None })
            .ToList();
        return messages;
    }

    private static IEnumerable<MessagePayload> RenderMessage(ReplyMessage message)
    {
        var contentPieces = string.IsNullOrWhiteSpace(message.Content) ? [] : MessageSplitter.ToContentMessages(message.Content);
        var embedMessages = MessageSplitter.PackEmbeds(message.Cards.SelectMany(RenderCard));
        if (contentPieces.Count == 0) return embedMessages;
        if (embedMessages.Count == 0) return contentPieces;
        // The last piece of text travels with the first embeds, as one message reads naturally.
        return [.. contentPieces.SkipLast(1), embedMessages[0] with { Content = contentPieces[^1].Content }, .. embedMessages.Skip(1)];
    }

    private static IReadOnlyList<Embed> RenderCard(ReplyCard card) =>
        EmbedComposer.Compose(
            card.Title,
            // Local files carry file: URLs, which Discord refuses as links: the card keeps its title without one.
            EmbedBuilder.IsLinkable(card.Url) ? card.Url : null,
            card.Description,
            [.. card.Fields
                .Where(field => !string.IsNullOrWhiteSpace(field.Name) && !string.IsNullOrWhiteSpace(field.Value))
                .Select(field => new EmbedField { Name = field.Name, Value = field.Value })],
            card.Footer);
}
