using System.Globalization;
using Briefing.Bot.Commands;
using Briefing.Bot.Hosting;
using Briefing.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Discord;

/// <summary>
/// Posts digests with <c>POST /channels/{id}/messages</c>, <c>nonce</c> and <c>enforce_nonce: true</c>: a retry
/// after a crash or a lost response sends the same nonce, and Discord returns the message it already has
/// instead of posting it twice (the delivery ledger covers longer gaps than Discord's few minutes). A 429 is
/// waited out and retried by the REST client's rate limiter. Returns the message ids, comma-separated.
/// </summary>
public sealed class DiscordChannelPoster(IServiceScopeFactory scopeFactory) : IChannelPoster
{
    /// <summary>Discord's limit on <c>nonce</c>.</summary>
    public const int MaxNonceLength = 25;

    public async Task<string> PostAsync(ulong channelId, ReplyMessage message, string? nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payloads = BotReplyRenderer.Render(new BotReply { Messages = [message] });
        // The REST client is a typed HttpClient (transient); resolving it per post lets the factory rotate handlers,
        // which a singleton holding one client would prevent.
        await using var scope = scopeFactory.CreateAsyncScope();
        var restClient = scope.ServiceProvider.GetRequiredService<IDiscordRestClient>();
        var ids = new List<string>(payloads.Count);
        for (var part = 0; part < payloads.Count; part++)
        {
            var partNonce = NonceFor(nonce, part);
            var payload = partNonce is null ? payloads[part] : payloads[part] with { Nonce = partNonce, EnforceNonce = true };
            var posted = await restClient.CreateMessageAsync(channelId, payload, cancellationToken);
            ids.Add(posted.Id.ToString(CultureInfo.InvariantCulture));
        }
        return string.Join(',', ids);
    }

    /// <summary>The page's nonce for its first message; "nonce.2", "nonce.3"... when a page needs more (cut to 25 characters).</summary>
    public static string? NonceFor(string? nonce, int part)
    {
        if (string.IsNullOrEmpty(nonce)) return null;
        var suffix = part == 0 ? "" : "." + (part + 1).ToString(CultureInfo.InvariantCulture);
        var stem = nonce.Length + suffix.Length > MaxNonceLength ? nonce[..(MaxNonceLength - suffix.Length)] : nonce;
        return stem + suffix;
    }
}
