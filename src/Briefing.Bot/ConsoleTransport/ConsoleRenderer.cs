using System.Text;
using System.Text.RegularExpressions;
using Briefing.Bot.Commands;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>Renders what the bot would post as readable terminal text: cards become framed blocks.</summary>
public static partial class ConsoleRenderer
{
    public static string Render(BotReply reply)
    {
        var text = new StringBuilder();
        if (reply.Ephemeral)
        {
            text.AppendLine("(only you can see this)");
        }

        foreach (var message in reply.Messages)
        {
            text.Append(Render(message));
        }

        if (reply.ThreadName is not null)
        {
            text.AppendLine($"[thread opened: {reply.ThreadName}; type a question to ask in it]");
        }

        return text.ToString();
    }

    public static string Render(ReplyMessage message)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(message.Content))
        {
            text.AppendLine(Plain(message.Content));
        }

        foreach (var card in message.Cards)
        {
            text.AppendLine(card.Title is null ? "┌─" : $"┌─ {Plain(card.Title)}");
            if (card.Url is not null)
            {
                text.AppendLine($"│  {card.Url}");
            }

            if (!string.IsNullOrWhiteSpace(card.Description))
            {
                AppendIndented(text, card.Description, "│  ");
            }

            foreach (var field in card.Fields)
            {
                text.AppendLine("│");
                text.AppendLine($"│  {Plain(field.Name)}");
                AppendIndented(text, field.Value, "│    ");
            }

            text.AppendLine(card.Footer is null ? "└─" : $"└─ {Plain(card.Footer)}");
        }

        return text.ToString();
    }

    private static void AppendIndented(StringBuilder text, string value, string prefix)
    {
        foreach (var line in Plain(value).Split('\n'))
        {
            text.Append(prefix).AppendLine(line);
        }
    }

    /// <summary>How the terminal names a channel: the console's own is "#console", any other its id.</summary>
    public static string ChannelName(ulong channelId) =>
        channelId == ConsoleSession.ChannelId ? "#console" : $"#{channelId}";

    /// <summary>
    /// Discord markup the terminal cannot show: the bot's channel mentions and links, then the escapes that kept
    /// article text literal (an escaped "[x](y)" or "&lt;#1&gt;" from an article is text, and stays text).
    /// </summary>
    private static string Plain(string value)
    {
        var withChannels = ChannelMention().Replace(value, match => ChannelName(ulong.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)));
        return MarkdownText.Unescape(MarkdownLink().Replace(withChannels, "$1 <$2>"));
    }

    [GeneratedRegex(@"(?<!\\)<#(\d{1,19})>")]
    private static partial Regex ChannelMention();

    [GeneratedRegex(@"(?<!\\)\[((?:\\.|[^\]\\])+)\]\((\S+)\)")]
    private static partial Regex MarkdownLink();
}
