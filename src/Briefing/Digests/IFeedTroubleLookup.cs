namespace Briefing.Digests;

/// <summary>
/// For <c>/digest explain</c> of a URL that is not in the library: a feed of the server whose last poll explains why.
/// </summary>
public interface IFeedTroubleLookup
{
    Task<FeedTrouble?> FindAsync(ulong guildId, string canonicalUrl, CancellationToken cancellationToken);
}

/// <summary>
/// A feed that skipped the item (<see cref="NamesTheItem"/>: its last error names the URL) or, on the URL's site, is
/// disabled or failing; <see cref="LastError"/> is what its last poll reported.
/// </summary>
public sealed record FeedTrouble(long FeedId, string FeedUrl, bool Disabled, int FailureCount, string? LastError, bool NamesTheItem);
