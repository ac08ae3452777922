using Briefing.Articles;
using Briefing.Library;
using Briefing.Retrieval;

namespace Briefing.Bot.Commands;

/// <summary>Resolves a user's query: a URL is ingested into the guild's scope, anything else is searched in it.</summary>
public sealed class ArticleFinder(IArticleStore articles, IArticleRetriever retriever, IArticleIngestor ingestor)
{
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Null when nothing matches. A URL that cannot be read throws <see cref="IngestionException"/> (its message is one line).</summary>
    public Task<ArticleMatch?> FindAsync(string query, ulong? guildId, int otherMatches, CancellationToken cancellationToken) =>
        FindAsync(query, guildId, otherMatches, progress: null, cancellationToken);

    /// <summary>As above; a URL is announced on <paramref name="progress"/> before it is fetched (a search is quick and is not).</summary>
    public async Task<ArticleMatch?> FindAsync(string query, ulong? guildId, int otherMatches, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (IsWebUrl(query))
        {
            var articleId = await IngestAsync(query.Trim(), guildId, progress, cancellationToken).ConfigureAwait(false);
            var ingested = await articles.GetAsync(articleId, cancellationToken).ConfigureAwait(false);
            return ingested is null ? null : new ArticleMatch(ingested, []);
        }

        // "#12" or "12" names an article directly (what /library lists), within the guild's scope.
        if (long.TryParse(query.Trim().TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && await articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } byId
            && (byId.GuildId is null || byId.GuildId == guildId))
        {
            return new ArticleMatch(byId, []);
        }

        var hits = await retriever.SearchAsync(query, guildId, otherMatches + 1, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Ingests a URL (stored in the guild's scope) and returns the article id.</summary>
    public Task<long> IngestAsync(string url, ulong? guildId, CancellationToken cancellationToken) =>
        IngestAsync(url, guildId, progress: null, cancellationToken);

    /// <summary>As above, announcing the fetch on <paramref name="progress"/>: a slow site is the usual wait.</summary>
    public async Task<long> IngestAsync(string url, ulong? guildId, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(ProgressText.Reading(url));
        var report = await ingestor.IngestAsync(url, guildId, progress: null, cancellationToken).ConfigureAwait(false);
        var stored = report.Items.FirstOrDefault(i => i.Result is not null);
        if (stored?.Result is null)
        {
            var reason = report.Items.FirstOrDefault(i => i.Error is not null)?.Error ?? "no readable article";
            throw new IngestionException(url, IngestionFailure.NoReadableText, reason);
        }

        return stored.Result.ArticleId;
    }
}
