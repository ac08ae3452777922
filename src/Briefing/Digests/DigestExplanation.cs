using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>Why an article did or did not reach a channel's digest; each verdict rests on a stored record.</summary>
public enum ExplainVerdict
{
    /// <summary>The digest log has it: <see cref="DigestExplanation.Delivery"/> says when and in which message.</summary>
    Delivered,
    /// <summary>The channel has no digest.</summary>
    NoSubscription,
    /// <summary>A member's link that no manager added: held out of digests.</summary>
    HeldOut,
    /// <summary>Stored before the channel subscribed, and never delivered there.</summary>
    SubscribedLater,
    /// <summary>None of the channel's topics appears in it.</summary>
    OutsideTopics,
    /// <summary>Stored after the end of the last digest's window: it waits for the next one.</summary>
    AfterLastDigest,
    /// <summary>Inside a delivered window but not in the digest log (past the entry limit, or posted before the log existed).</summary>
    CoveredNotListed,
    /// <summary>Its text was already in the library under another URL: <see cref="DigestExplanation.Original"/> explains that one.</summary>
    Duplicate,
    /// <summary>Not stored, and a feed of the server skipped the item with an error or is failing or disabled.</summary>
    FeedTrouble,
    /// <summary>Stored only for another server (or a user's direct messages).</summary>
    NotVisibleHere,
    /// <summary>Nothing in the library at that URL.</summary>
    NotInLibrary,
}

/// <summary>The answer of <c>/digest explain</c>, for the transport to word.</summary>
public sealed record DigestExplanation
{
    public required ExplainVerdict Verdict { get; init; }
    public required string Url { get; init; }
    public Article? Article { get; init; }
    public DigestSubscription? Subscription { get; init; }
    public DeliveredArticle? Delivery { get; init; }
    /// <summary>The article heading the entry the article was listed under, when that is another article.</summary>
    public Article? ListedUnder { get; init; }
    /// <summary>For <see cref="ExplainVerdict.Duplicate"/>: the explanation of the article it repeats.</summary>
    public DigestExplanation? Original { get; init; }
    /// <summary>For <see cref="ExplainVerdict.FeedTrouble"/>: the feed and what it last reported.</summary>
    public FeedTrouble? Feed { get; init; }
    /// <summary>For <see cref="ExplainVerdict.AfterLastDigest"/>: when the next digest is due.</summary>
    public DateTimeOffset? NextDigest { get; init; }
}
