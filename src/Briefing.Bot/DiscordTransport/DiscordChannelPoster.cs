using System.Globalization;
using System.Net;
using Briefing.Bot.Commands;
using Briefing.Bot.Hosting;
using Briefing.Digests;
using Briefing.Discord.Gateway;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Posts digests with <c>POST /channels/{id}/messages</c>, <c>nonce</c> and <c>enforce_nonce: true</c>: a retry
/// within Discord's few minutes returns the message it already has. A page whose earlier attempt was never confirmed
/// is reconciled against the channel's history first (<see cref="PostMissingAsync"/>), which also covers restarts
/// after Discord forgot the nonce. A 429 is waited out by the REST client's rate limiter; a 403 or 404 (channel gone,
/// access lost) becomes <see cref="ChannelUnavailableException"/> so the digest backs off instead of retrying.
/// </summary>
public sealed class DiscordChannelPoster(IServiceScopeFactory scopeFactory) : IChannelPoster
{
    public const int MaxNonceLength = MessageLimits.Nonce;

    // A digest page is a few messages; a busy channel may add hundreds in between. Ten pages of history is plenty.
    private const int HistoryPageSize = MessageLimits.MessagesPerHistoryPage;
    private const int MaxHistoryPages = 10;

    public Task<string> PostAsync(ulong channelId, ReplyMessage message, string? nonce, CancellationToken cancellationToken) =>
        RefusalsAsUnavailable(async () =>
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
                ids.Add(await PostPartAsync(restClient, channelId, payloads[part], NonceFor(nonce, part), cancellationToken));
            }
            return string.Join(',', ids);
        });

    public Task<PublishedPage> PostMissingAsync(ulong channelId, ReplyMessage message, string nonce, DateTimeOffset since, CancellationToken cancellationToken) =>
        RefusalsAsUnavailable(async () =>
        {
            ArgumentNullException.ThrowIfNull(message);
            var payloads = BotReplyRenderer.Render(new BotReply { Messages = [message] });
            await using var scope = scopeFactory.CreateAsyncScope();
            var restClient = scope.ServiceProvider.GetRequiredService<IDiscordRestClient>();
            var botUserId = scope.ServiceProvider.GetService<IGatewaySession>()?.BotUserId
                ?? (await restClient.GetCurrentUserAsync(cancellationToken)).Id;
            var history = await OwnMessagesSinceAsync(restClient, channelId, botUserId, since, cancellationToken);

            var ids = new List<string>(payloads.Count);
            var found = 0;
            for (var part = 0; part < payloads.Count; part++)
            {
                var partNonce = NonceFor(nonce, part);
                var prepared = global::Briefing.Discord.Limits.MessageLimits.Prepare(payloads[part]);
                var fingerprint = PostedMessageMatcher.Fingerprint(prepared.Content, prepared.Embeds);
                var match = history.FirstOrDefault(m => m.Nonce == partNonce || PostedMessageMatcher.Fingerprint(m.Content, m.Embeds) == fingerprint);
                if (match is not null)
                {
                    history.Remove(match);
                    found++;
                    ids.Add(match.Id.ToString(CultureInfo.InvariantCulture));
                    continue;
                }
                ids.Add(await PostPartAsync(restClient, channelId, payloads[part], partNonce, cancellationToken));
            }
            return new PublishedPage(string.Join(',', ids), found);
        });

    /// <summary>The page's nonce for its first message; "nonce.2", "nonce.3"... when a page needs more (cut to 25 characters).</summary>
    public static string? NonceFor(string? nonce, int part)
    {
        if (string.IsNullOrEmpty(nonce)) return null;
        var suffix = part == 0 ? "" : "." + (part + 1).ToString(CultureInfo.InvariantCulture);
        var stem = nonce.Length + suffix.Length > MaxNonceLength ? nonce[..(MaxNonceLength - suffix.Length)] : nonce;
        return stem + suffix;
    }

    private static async Task<string> PostPartAsync(IDiscordRestClient restClient, ulong channelId, MessagePayload payload, string? nonce, CancellationToken cancellationToken)
    {
        var withNonce = nonce is null ? payload : payload with { Nonce = nonce, EnforceNonce = true };
        var posted = await restClient.CreateMessageAsync(channelId, withNonce, cancellationToken);
        return posted.Id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The bot's messages in the channel since a little before <paramref name="since"/>, oldest first.</summary>
    private static async Task<List<DiscordMessage>> OwnMessagesSinceAsync(IDiscordRestClient restClient, ulong channelId, ulong botUserId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var after = PostedMessageMatcher.SnowflakeBefore(since);
        var own = new List<DiscordMessage>();
        for (var page = 0; page < MaxHistoryPages; page++)
        {
            var batch = await restClient.ListMessagesAsync(channelId, after, HistoryPageSize, cancellationToken);
            own.AddRange(batch.Where(m => m.Author.Id == botUserId));
            if (batch.Count < HistoryPageSize) break;
            after = batch.Max(m => m.Id);
        }
        return [.. own.OrderBy(m => m.Id)];
    }

    private static async Task<T> RefusalsAsUnavailable<T>(Func<Task<T>> post)
    {
        try
        {
            return await post();
        }
        catch (DiscordRestException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // Deleted channel (404 Unknown Channel) or lost access (403 Missing Access / Missing Permissions): retrying soon cannot help.
            throw new ChannelUnavailableException(
                string.Create(CultureInfo.InvariantCulture, $"{(int)ex.StatusCode} {ex.DiscordMessage ?? ex.StatusCode.ToString()}"), ex);
        }
    }
}
