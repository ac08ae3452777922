using Briefing.Articles;
using Briefing.Ingestion;
using Briefing.Retrieval;
using Briefing.Storage;

namespace Briefing.Bot.Commands;

/// <summary>
/// Resolves a user's query within a scope (a guild, or a user's direct messages): a URL is fetched and stored in
/// that scope, anything else is searched in it.
/// </summary>
public sealed class ArticleFinder(IArticleStore articles, IArticleRetriever retriever, IArticleIngestor ingestor)
{
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Null when nothing matches. A URL that cannot be read throws <see cref="IngestionException"/> (its message is one line).</summary>
    public Task<ArticleMatch?> FindAsync(string query, ArticleScope scope, int otherMatches, CancellationToken cancellationToken) =>
        FindAsync(query, scope, inDigest: true, otherMatches, progress: null, cancellationToken);

    /// <summary>
    /// As above. A URL is stored with <paramref name="inDigest"/> (false: a member's link, kept out of the guild's
    /// digest) and announced on <paramref name="progress"/> before it is fetched (a search is quick and is not).
    /// </summary>
    public async Task<ArticleMatch?> FindAsync(string query, ArticleScope scope, bool inDigest, int otherMatches, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (IsWebUrl(query))
        {
            var articleId = await IngestAsync(query.Trim(), scope, inDigest, progress, cancellationToken).ConfigureAwait(false);
            var ingested = await articles.GetAsync(articleId, cancellationToken).ConfigureAwait(false);
            return ingested is null ? null : new ArticleMatch(ingested, []);
        }

        // "#12" or "12" names an article directly (what /library lists), within the scope: another guild's or
        // another user's article is "not found", never shown.
        if (long.TryParse(query.Trim().TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && await articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } byId
            && scope.CanSee(byId))
        {
            return new ArticleMatch(byId, []);
        }

        var hits = await retriever.SearchAsync(query, scope, otherMatches + 1, cancellationToken).ConfigureAwait(false);
        foreach (var hit in hits)
        {
            var article = await articles.GetAsync(hit.ArticleId, cancellationToken).ConfigureAwait(false);
            if (article is not null)
            {
                return new ArticleMatch(article, hits.Where(h => h.ArticleId != hit.ArticleId).Take(otherMatches).ToList());
            }
        }

        return null;
    }

    /// <summary>Fetches one article (URL or file) into <paramref name="scope"/>, in the digest, and returns its id.</summary>
    public Task<long> IngestAsync(string source, ArticleScope scope, CancellationToken cancellationToken) =>
        IngestAsync(source, scope, inDigest: true, progress: null, cancellationToken);

    /// <summary>
    /// As above, announcing the fetch on <paramref name="progress"/> (a slow site is the usual wait). One article
    /// only: a feed address is refused here (it belongs in /feeds add), so a link never brings in a feed's worth of items.
    /// </summary>
    public async Task<long> IngestAsync(string source, ArticleScope scope, bool inDigest, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(ProgressText.Reading(source));
        var draft = await ingestor.LoadAsync(source, scope.GuildId, cancellationToken).ConfigureAwait(false);
        var saved = await articles.SaveAsync(draft.In(scope) with { InDigest = inDigest }, cancellationToken).ConfigureAwait(false);
        return saved.ArticleId;
    }
}
