using System.Globalization;

namespace Briefing.Bot.Commands;

/// <summary>
/// Reads a command's <c>channel</c> option and checks it against the invocation's server: a channel of another
/// server is refused (ephemeral, one line) before any handler reads or writes its digest.
/// </summary>
public sealed class ChannelOptionReader(IChannelDirectory directory)
{
    public const string NotAChannel = "channel must be a channel, e.g. #news.";
    public const string OtherServer = "That channel is not in this server. Pick one of this server's channels.";

    /// <summary>
    /// The chosen channel, or the invocation's own channel when the option is left out and <paramref name="required"/>
    /// is false. <see cref="ChannelChoice.Refusal"/> is set when the option is missing, malformed or from elsewhere.
    /// </summary>
    public async Task<ChannelChoice> ReadAsync(CommandInvocation invocation, ulong guildId, bool required, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var text = invocation.Option("channel");
        if (text is null)
        {
            // The channel the command was typed in belongs to the interaction's server by construction.
            return required ? ChannelChoice.Refused(NotAChannel) : new ChannelChoice(invocation.ChannelId, null);
        }

        // Accepts a raw id and Discord's mention form <#id>, which is what a pasted channel looks like.
        if (!ulong.TryParse(text.Trim().TrimStart('<', '#').TrimEnd('>'), NumberStyles.None, CultureInfo.InvariantCulture, out var channelId))
        {
            return ChannelChoice.Refused(NotAChannel);
        }

        if (channelId != invocation.ChannelId
            && await directory.FindGuildAsync(channelId, cancellationToken).ConfigureAwait(false) != guildId)
        {
            return ChannelChoice.Refused(OtherServer);
        }

        return new ChannelChoice(channelId, null);
    }
}

/// <summary>A checked channel option: the channel, or the one-line reply that refuses it.</summary>
public sealed record ChannelChoice(ulong ChannelId, BotReply? Refusal)
{
    public static ChannelChoice Refused(string message) => new(0, BotReply.Text(message, ephemeral: true));
}
