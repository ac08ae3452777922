using Briefing.Articles;
using Briefing.Storage;
using Dapper;

namespace Briefing.Digests;

/// <summary>Looks a URL up in articles and article_duplicates, with the library's own visibility rule.</summary>
internal sealed class ArticleTrail(IDbConnectionFactory connections) : IArticleTrail
{
    private const string Visible = $"SELECT a.id FROM articles a WHERE a.url = @Url AND {ArticleVisibility.Condition} ORDER BY a.id LIMIT 1";
    // A duplicate noted in the scope itself or in the global library, pointing at an article the scope sees.
    private const string Duplicate = $"""
        SELECT a.id FROM article_duplicates d JOIN articles a ON a.id = d.article_id
        WHERE d.url = @Url AND ((d.guild_scope = @GuildScope AND d.owner_scope = @OwnerScope) OR (d.guild_scope = 0 AND d.owner_scope = 0))
          AND {ArticleVisibility.Condition}
        ORDER BY d.seen_at LIMIT 1
        """;
    private const string Anywhere = """
        SELECT (SELECT COUNT(*) FROM articles WHERE url = @Url) + (SELECT COUNT(*) FROM article_duplicates WHERE url = @Url)
        """;

    public async Task<ArticleTrailResult> FindAsync(string canonicalUrl, ArticleScope scope, CancellationToken cancellationToken)
    {
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        var parameters = new { Url = canonicalUrl, GuildId = guildId, OwnerUserId = ownerUserId, GuildScope = guildScope, OwnerScope = ownerScope };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition(Visible, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (id is not null)
        {
            return new ArticleTrailResult(id, null, false);
        }

        var duplicateOf = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition(Duplicate, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (duplicateOf is not null)
        {
            return new ArticleTrailResult(null, duplicateOf, false);
        }

        var anywhere = await connection.ExecuteScalarAsync<long>(new CommandDefinition(Anywhere, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ArticleTrailResult(null, null, anywhere > 0);
    }
}
