using Briefing.Feeds;

namespace Briefing.Digests;

/// <summary>
/// Finds, among the server's feeds, the record that explains why a URL never reached the library: a feed whose last
/// error names the item exactly, otherwise a disabled or failing feed of the same site.
/// </summary>
internal sealed class FeedTroubleLookup(IFeedStore feeds) : IFeedTroubleLookup
{
    public async Task<FeedTrouble?> FindAsync(ulong guildId, string canonicalUrl, CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(guildId, cancellationToken).ConfigureAwait(false);
        var named = all.FirstOrDefault(f => f.LastError?.Contains(canonicalUrl, StringComparison.OrdinalIgnoreCase) == true);
        if (named is not null)
        {
            return Trouble(named, namesTheItem: true);
        }

        var host = Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var uri) ? uri.Host : null;
        var failing = all.FirstOrDefault(f => (f.Disabled || f.FailureCount > 0)
            && Uri.TryCreate(f.Url, UriKind.Absolute, out var feedUri) && string.Equals(feedUri.Host, host, StringComparison.OrdinalIgnoreCase));
        return failing is null ? null : Trouble(failing, namesTheItem: false);
    }

    private static FeedTrouble Trouble(Feed feed, bool namesTheItem) =>
        new(feed.Id, feed.Url, feed.Disabled, feed.FailureCount, feed.LastError, namesTheItem);
}
