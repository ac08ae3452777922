using System.Globalization;
using Briefing.Articles;
using Briefing.Storage;
using Dapper;

namespace Briefing.Retrieval;

/// <summary>
/// Title suggestions on either engine with one portable query: <c>lower(title) LIKE lower(pattern)</c> (each engine
/// lowers both sides alike, so matching is consistent within an engine; SQLite folds ASCII only), the typed text's
/// wildcards escaped so "50%" or "a_b" match literally.
/// </summary>
internal sealed class TitleSuggestionStore(IDbConnectionFactory connections) : ITitleSuggestionStore
{
    private const string Matches = """
        (lower(a.title) LIKE lower(@Contains) ESCAPE '\' OR CAST(a.id AS TEXT) = @Id)
        """;
    private const string Ranking = """
        ORDER BY CASE WHEN CAST(a.id AS TEXT) = @Id THEN 0 WHEN lower(a.title) LIKE lower(@Prefix) ESCAPE '\' THEN 1 ELSE 2 END,
                 a.fetched_at DESC, a.id DESC
        LIMIT @Limit
        """;
    private const string SelectVisible = $"SELECT a.id AS ArticleId, a.title AS Title FROM articles a WHERE {ArticleVisibility.Condition} AND {Matches} {Ranking}";
    // The same ownership test as removal: only what this scope itself added.
    private const string SelectOwned = $"""
        SELECT a.id AS ArticleId, a.title AS Title FROM articles a
        WHERE coalesce(a.guild_id, 0) = @GuildScope AND coalesce(a.owner_user_id, 0) = @OwnerScope AND {Matches} {Ranking}
        """;

    public async Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string typed, ArticleScope scope, bool ownedOnly, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (limit <= 0)
        {
            return [];
        }

        var text = typed.Trim();
        var escaped = text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var id = long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        var parameters = new
        {
            GuildId = guildId,
            OwnerUserId = ownerUserId,
            GuildScope = guildScope,
            OwnerScope = ownerScope,
            Contains = $"%{escaped}%",
            Prefix = $"{escaped}%",
            Id = id,
            Limit = limit,
        };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<TitleSuggestion>(new CommandDefinition(ownedOnly ? SelectOwned : SelectVisible, parameters, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.AsList();
    }
}
