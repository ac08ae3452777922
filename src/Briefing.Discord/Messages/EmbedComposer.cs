using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Messages;

/// <summary>
/// Lays out one titled block of any size (title, link, body, named fields, footer) as as many embeds as
/// Discord's limits need, losing nothing: the body is split over descriptions of at most 4096, a field
/// value over 1024 continues in further fields named "… (cont.)", an embed takes at most 25 fields and
/// 6000 characters, the title and link go on the first embed and the footer on the last. Pack the result
/// into messages with <see cref="MessageSplitter.PackEmbeds"/>.
/// </summary>
public static class EmbedComposer
{
    private const string ContinuedSuffix = " (cont.)";

    public static IReadOnlyList<Embed> Compose(
        string? title, string? url, string? description, IReadOnlyList<EmbedField> fields, string? footer, int? color = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var embeds = new List<Embed>();
        var first = new EmbedBuilder();
        if (!string.IsNullOrWhiteSpace(title))
        {
            first.WithTitle(title);
            if (!string.IsNullOrWhiteSpace(url))
            {
                first.WithUrl(url);
            }
        }
        var current = first;
        var currentFields = 0;
        if (!string.IsNullOrWhiteSpace(description))
        {
            var pieces = MarkdownSplitter.Split(description, MessageLimits.EmbedDescription - first.Length);
            for (var i = 0; i < pieces.Count; i++)
            {
                if (i > 0)
                {
                    current = Next(embeds, current, color);
                }
                current.WithDescription(pieces[i]);
            }
        }
        foreach (var field in fields.SelectMany(SplitField))
        {
            if (currentFields == MessageLimits.EmbedFields || current.Length + field.Name.Length + field.Value.Length > MessageLimits.EmbedTotal)
            {
                current = Next(embeds, current, color);
                currentFields = 0;
            }
            current.AddField(field.Name, field.Value, field.Inline == true);
            currentFields++;
        }
        if (!string.IsNullOrWhiteSpace(footer))
        {
            var footerText = TextTruncation.Truncate(footer.Trim(), MessageLimits.EmbedFooter);
            if (current.Length + footerText.Length > MessageLimits.EmbedTotal)
            {
                current = Next(embeds, current, color);
            }
            current.WithFooter(footerText);
        }
        if (current.Length > 0)
        {
            embeds.Add(Finish(current, color));
        }
        return embeds;
    }

    private static EmbedBuilder Next(List<Embed> embeds, EmbedBuilder finished, int? color)
    {
        embeds.Add(Finish(finished, color));
        return new EmbedBuilder();
    }

    private static Embed Finish(EmbedBuilder builder, int? color) =>
        color is { } rgb ? builder.WithColor(rgb).Build() : builder.Build();

    private static IEnumerable<EmbedField> SplitField(EmbedField field)
    {
        if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Value))
        {
            throw new ArgumentException("An embed field needs a non-blank name and value.");
        }
        var name = TextTruncation.Truncate(field.Name.Trim(), MessageLimits.EmbedFieldName);
        var parts = MarkdownSplitter.Split(field.Value, MessageLimits.EmbedFieldValue);
        var continuedName = TextTruncation.Truncate(name, MessageLimits.EmbedFieldName - ContinuedSuffix.Length) + ContinuedSuffix;
        for (var i = 0; i < parts.Count; i++)
        {
            yield return field with { Name = i == 0 ? name : continuedName, Value = parts[i] };
        }
    }
}
