using System.Globalization;
using Briefing.Articles;
using Briefing.Digests;

namespace Briefing.Bot.Commands;

/// <summary>Words a <see cref="DigestExplanation"/>: one or two lines, titles and feed errors escaped (they are outside text).</summary>
public static class DigestExplainText
{
    public static string Describe(DigestExplanation explanation, ulong guildId, ulong channelId)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var channel = $"<#{channelId}>";
        var name = explanation.Article is { } article ? Name(article) : "That URL";
        return explanation.Verdict switch
        {
            ExplainVerdict.Delivered => Delivered(explanation, name, guildId, channelId),
            ExplainVerdict.NoSubscription => $"{name} is in this server's library, but {channel} has no digest. Set one up with /digest subscribe.",
            ExplainVerdict.HeldOut => $"{name} is held out of digests: a member without Manage Server brought it in, and no manager has added it (/library add).",
            ExplainVerdict.SubscribedLater => Invariant($"{name} was stored {explanation.Article!.FetchedAt:yyyy-MM-dd HH:mm} UTC, before {channel}'s digest was set up ({explanation.Subscription!.CreatedAt:yyyy-MM-dd HH:mm} UTC); a digest posts what arrives after it starts."),
            ExplainVerdict.OutsideTopics => $"{name} is outside {channel}'s topics: none of {Topics(explanation.Subscription!)} appears in its title or text.",
            ExplainVerdict.AfterLastDigest => AfterLastDigest(explanation, name, channel),
            ExplainVerdict.CoveredNotListed => Invariant($"{name} was stored {explanation.Article!.FetchedAt:yyyy-MM-dd HH:mm} UTC, inside a window {channel}'s digest has covered, but the digest log does not list it: a digest lists a limited number of stories (the rest are only counted), and digests posted before the log was kept are not recorded."),
            ExplainVerdict.Duplicate => Invariant($"That URL repeats the text of {name}, already in the library, so it was not stored again.\n") + Describe(explanation.Original!, guildId, channelId),
            ExplainVerdict.FeedTrouble => FeedTrouble(explanation),
            ExplainVerdict.NotVisibleHere => "That URL is not in this server's library (it is not visible in this server). Add it with /library add.",
            _ => "That URL is not in the library at all: no feed or command has brought it in. Add it with /library add, or follow its feed with /feeds add.",
        };
    }

    private static string Delivered(DigestExplanation explanation, string name, ulong guildId, ulong channelId)
    {
        var delivery = explanation.Delivery!;
        var link = string.Create(CultureInfo.InvariantCulture, $"https://discord.com/channels/{guildId}/{channelId}/{delivery.MessageId}");
        var under = explanation.ListedUnder is { } head ? $", listed under {Name(head)} as another report of the same story" : string.Empty;
        return Invariant($"{name} was delivered to <#{channelId}> on {delivery.DeliveredAt:yyyy-MM-dd HH:mm} UTC in this message: {link}{under}.");
    }

    private static string AfterLastDigest(DigestExplanation explanation, string name, string channel)
    {
        var covered = explanation.Subscription!.LastCoveredUntil is { } until
            ? Invariant($"after the last digest's window (it ended {until:yyyy-MM-dd HH:mm} UTC)")
            : $"and {channel} has had no digest yet";
        return Invariant($"{name} was stored {explanation.Article!.FetchedAt:yyyy-MM-dd HH:mm} UTC, {covered}; it goes into the next digest, due {explanation.NextDigest:yyyy-MM-dd HH:mm} UTC.");
    }

    private static string FeedTrouble(DigestExplanation explanation)
    {
        var feed = explanation.Feed!;
        var error = MarkdownText.Inline(feed.LastError ?? "no error recorded", 300);
        var state = feed.NamesTheItem ? "skipped this item"
            : feed.Disabled ? "is disabled after repeated failures"
            : Invariant($"is failing ({feed.FailureCount} failed poll(s) in a row)");
        return Invariant($"That URL is not in the library. The feed #{feed.FeedId} ({MarkdownText.Inline(feed.FeedUrl, 200)}) {state}; its last error: {error}");
    }

    private static string Name(Article article) => Invariant($"“{MarkdownText.Inline(article.Title, 120)}” (#{article.Id})");

    private static string Topics(DigestSubscription subscription) =>
        string.Join(", ", subscription.Topics.Select(t => MarkdownText.Inline(t, 60)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
