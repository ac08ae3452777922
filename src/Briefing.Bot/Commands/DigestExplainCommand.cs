using Briefing.Digests;

namespace Briefing.Bot.Commands;

/// <summary>
/// <c>/digest explain url:</c>: checks the URL and the channel, asks <see cref="DigestExplainer"/>, and words its answer
/// (<see cref="DigestExplainText"/>). Only the invoker sees it.
/// </summary>
public sealed class DigestExplainCommand(ChannelOptionReader channels, DigestExplainer explainer)
{
    private const int MaxUrlLength = 2048;

    public async Task<BotReply> ExplainAsync(CommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (channelId, refusal) = await channels.ReadAsync(invocation, guildId, required: false, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var url = invocation.Option("url")?.Trim();
        if (url is null || url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return BotReply.Text("url must be the web address (http or https) of an article or feed item, e.g. https://example.org/story.", ephemeral: true);
        }

        var explanation = await explainer.ExplainAsync(guildId, channelId, url, cancellationToken).ConfigureAwait(false);
        return BotReply.Text(DigestExplainText.Describe(explanation, guildId, channelId), ephemeral: true);
    }
}
