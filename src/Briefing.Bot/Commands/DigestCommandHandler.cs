using System.Globalization;
using Briefing.Digests;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// <c>/digest subscribe|unsubscribe|list|preview|now</c>. Every channel option is checked against the interaction's
/// server first, and a subscription stored for another server is never read, moved, removed or posted.
/// </summary>
public sealed class DigestCommandHandler(
    IDigestSubscriptionStore subscriptions,
    ChannelOptionReader channels,
    DigestComposer composer,
    DigestDelivery delivery,
    TimeProvider timeProvider,
    IOptions<DigestOptions> options) : ICommandHandler
{
    public string Name => CommandCatalogue.Digest;

    public async Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.GuildId is not { } guildId)
        {
            return BotReply.Text("Digests belong to a server; use /digest there.", ephemeral: true);
        }

        return invocation.Subcommand switch
        {
            "subscribe" => await SubscribeAsync(invocation, guildId, cancellationToken).ConfigureAwait(false),
            "unsubscribe" => await UnsubscribeAsync(invocation, guildId, cancellationToken).ConfigureAwait(false),
            "list" => await ListAsync(guildId, cancellationToken).ConfigureAwait(false),
            "preview" => await PreviewAsync(invocation, guildId, cancellationToken).ConfigureAwait(false),
            "now" => await NowAsync(invocation, guildId, cancellationToken).ConfigureAwait(false),
            _ => BotReply.Text("Use /digest subscribe, unsubscribe, list, preview or now.", ephemeral: true),
        };
    }

    private async Task<BotReply> SubscribeAsync(CommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        var (channelId, refusal) = await channels.ReadAsync(invocation, guildId, required: true, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var timeText = invocation.Option("time") ?? options.Value.DefaultTime;
        if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var localTime))
        {
            return BotReply.Text($"time must be HH:mm (24-hour), e.g. 08:30; “{TextCut.Truncate(timeText, 40)}” is not.", ephemeral: true);
        }

        var zoneName = invocation.Option("timezone") ?? options.Value.DefaultTimeZone;
        if (!DigestSchedule.TryFindZone(zoneName, out var zone))
        {
            return BotReply.Text($"timezone must be an IANA name such as Europe/Berlin or America/New_York; “{TextCut.Truncate(zoneName, 60)}” is not.", ephemeral: true);
        }

        var now = timeProvider.GetUtcNow();
        var existing = await subscriptions.GetAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.GuildId != guildId)
        {
            // The channel lookup said this server, yet the digest is stored for another: never move it.
            return BotReply.Text(ChannelOptionReader.OtherServer, ephemeral: true);
        }

        var subscription = new DigestSubscription
        {
            GuildId = guildId,
            ChannelId = channelId,
            LocalTime = localTime,
            TimeZone = zone.Id,
            Topics = TopicMatcher.Parse(invocation.Option("topics")),
            // Re-subscribing changes the schedule but keeps what was already covered, so nothing is posted twice.
            CreatedAt = existing?.CreatedAt ?? now,
            LastCoveredUntil = existing?.LastCoveredUntil,
        };
        await subscriptions.UpsertAsync(subscription, cancellationToken).ConfigureAwait(false);
        return BotReply.Text($"Subscribed <#{channelId}>: {Describe(subscription, now)}", ephemeral: true);
    }

    private async Task<BotReply> UnsubscribeAsync(CommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        var (channelId, refusal) = await channels.ReadAsync(invocation, guildId, required: true, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var removed = await subscriptions.RemoveAsync(guildId, channelId, cancellationToken).ConfigureAwait(false);
        return BotReply.Text(removed ? $"<#{channelId}> gets no more digests." : $"<#{channelId}> has no digest.", ephemeral: true);
    }

    private async Task<BotReply> ListAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var all = await subscriptions.ListAsync(guildId, cancellationToken).ConfigureAwait(false);
        if (all.Count == 0)
        {
            return BotReply.Text("No digests yet. Start one with /digest subscribe channel:#news.", ephemeral: true);
        }

        var now = timeProvider.GetUtcNow();
        return BotReply.Text(string.Join('\n', all.Select(s => $"<#{s.ChannelId}>: {Describe(s, now)}")), ephemeral: true);
    }

    private async Task<BotReply> PreviewAsync(CommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        var (channelId, refusal) = await channels.ReadAsync(invocation, guildId, required: false, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var subscription = await subscriptions.GetAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (subscription is not null && subscription.GuildId != guildId)
        {
            return BotReply.Text(ChannelOptionReader.OtherServer, ephemeral: true);
        }
        var now = timeProvider.GetUtcNow();
        var since = subscription?.LastCoveredUntil ?? now.AddDays(-1);
        // The end bound is exclusive; one tick past now includes what was fetched this very instant.
        var digest = await composer.ComposeAsync(guildId, subscription?.Topics ?? [], since, now.AddTicks(1), cancellationToken).ConfigureAwait(false);
        if (digest.IsEmpty)
        {
            return BotReply.Text(string.Create(CultureInfo.InvariantCulture, $"Nothing new since {since:d MMM HH:mm} UTC: the digest would post nothing."), ephemeral: true);
        }

        var intro = subscription is null
            ? "Preview (no digest is set up here; this is everything new in the last day):"
            : $"Preview of the next digest for <#{channelId}>:";
        var messages = DigestReply.All(digest).ToList();
        messages[0] = messages[0] with { Content = intro };
        return new BotReply { Messages = messages, Ephemeral = true };
    }

    private async Task<BotReply> NowAsync(CommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        var (channelId, refusal) = await channels.ReadAsync(invocation, guildId, required: true, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var subscription = await subscriptions.GetAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (subscription is null || subscription.GuildId != guildId)
        {
            return BotReply.Text($"<#{channelId}> has no digest. Set one up with /digest subscribe first.", ephemeral: true);
        }

        // Composing may summarize several articles with the model before anything is posted.
        invocation.Progress?.Report(ProgressText.PostingDigest());
        var outcome = await delivery.RunNowAsync(subscription, cancellationToken).ConfigureAwait(false);
        return BotReply.Text(outcome switch
        {
            DigestOutcome.Posted => $"Posted the digest to <#{channelId}>.",
            DigestOutcome.HeldByAnotherRun => $"A digest for <#{channelId}> is being posted right now; nothing else was posted.",
            DigestOutcome.Paused or DigestOutcome.BackingOff or DigestOutcome.ChannelUnavailable =>
                $"<#{channelId}>: {Describe((await subscriptions.GetAsync(channelId, cancellationToken).ConfigureAwait(false)) ?? subscription, timeProvider.GetUtcNow())}",
            _ => "Nothing new since the last digest: nothing posted.",
        }, ephemeral: true);
    }

    private static string Describe(DigestSubscription subscription, DateTimeOffset now)
    {
        var topics = subscription.Topics.Count == 0 ? "all topics" : "topics: " + string.Join(", ", subscription.Topics);
        var next = DigestSchedule.NextOccurrence(subscription, now);
        DigestSchedule.TryFindZone(subscription.TimeZone, out var zone);
        var localNext = zone is null ? next : TimeZoneInfo.ConvertTime(next, zone);
        var schedule = string.Create(CultureInfo.InvariantCulture, $"daily at {subscription.LocalTime:HH:mm} {subscription.TimeZone}, {topics}");
        return DigestHealth.Describe(subscription, now) is { } trouble
            ? $"{schedule}; {trouble}"
            : string.Create(CultureInfo.InvariantCulture, $"{schedule}; next {localNext:yyyy-MM-dd HH:mm}");
    }
}
