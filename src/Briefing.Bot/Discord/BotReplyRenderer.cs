using Briefing.Bot.Commands;
using Briefing.Discord.Messages;
using Briefing.Discord.Messages.Models;

namespace Briefing.Bot.Discord;

/// <summary>
/// Turns a transport-neutral <see cref="BotReply"/> into Discord messages within every limit: content in
/// pieces of at most 2000 characters, each card as one or more embeds (long descriptions and field values
/// continue in further embeds or fields instead of being cut), packed at most 10 embeds / 6000 characters
/// per message. Every message keeps <c>allowed_mentions: {"parse": []}</c>: card and content text can
/// come from articles or a model, and must never ping anyone.
/// </summary>
public static class BotReplyRenderer
{
    private const string Continued = " (cont.)";

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

    /// <summary>One card as embeds: the first carries title, link and the start of the description; later ones continue.</summary>
    public static IReadOnlyList<Embed> RenderCard(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var embeds = new List<Embed>();
        var current = new EmbedBuilder();
        if (!string.IsNullOrWhiteSpace(card.Title)) current.WithTitle(card.Title);
        if (IsWebUrl(card.Url)) current.WithUrl(card.Url!);
        var descriptionPieces = string.IsNullOrWhiteSpace(card.Description) ? [] : MarkdownSplitter.Split(card.Description, MessageLimits.EmbedDescription);
        foreach (var piece in descriptionPieces)
        {
            if (current.Length > 0 && HasDescription(current)) current = Flush(embeds, current);
            current.WithDescription(piece);
        }
        var fieldCount = 0;
        foreach (var field in card.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Name) && !string.IsNullOrWhiteSpace(f.Value)))
        {
            var pieces = MarkdownSplitter.Split(field.Value, MessageLimits.EmbedFieldValue);
            for (var i = 0; i < pieces.Count; i++)
            {
                var name = i == 0 ? field.Name : TextTruncation.Truncate(field.Name, MessageLimits.EmbedFieldName - Continued.Length) + Continued;
                if (fieldCount == MessageLimits.EmbedFields || current.Length + name.Length + pieces[i].Length > MessageLimits.EmbedTotal)
                {
                    current = Flush(embeds, current);
                    fieldCount = 0;
                }
                current.AddField(name, pieces[i]);
                fieldCount++;
            }
        }
        if (!string.IsNullOrWhiteSpace(card.Footer))
        {
            var footer = TextTruncation.Truncate(card.Footer, MessageLimits.EmbedFooter);
            if (current.Length + footer.Length > MessageLimits.EmbedTotal) current = Flush(embeds, current);
            current.WithFooter(footer);
        }
        if (current.Length > 0) embeds.Add(current.Build());
        return embeds;
    }

    private static EmbedBuilder Flush(List<Embed> embeds, EmbedBuilder builder)
    {
        embeds.Add(builder.Build());
        return new EmbedBuilder();
    }

    private static bool HasDescription(EmbedBuilder builder) => builder.Build().Description is not null;

    // Local files carry file: URLs; Discord accepts only http(s) links on embeds.
    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
