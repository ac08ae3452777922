using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>The one SQL condition that decides which articles (aliased <c>a</c>) a scope may read.</summary>
internal static class ArticleVisibility
{
    /// <summary>
    /// The guild's own articles, and global ones; from direct messages (no guild) the user's own and global ones.
    /// A global article is hidden where the scope holds its own copy of the same URL (a guild re-added it with
    /// changed text), so a reader never meets the two versions side by side. The copy is found through the
    /// unique (scope, url) index; the global scope has no copies to look for (its own copy is the global article,
    /// one per URL), and skipping that probe for every matching row halved the cost of ranking in a large library.
    /// Parameters come from <see cref="Parameters"/>.
    /// </summary>
    public const string Condition = $"""
        (a.guild_id = @GuildId
         OR (a.guild_id IS NULL AND a.owner_user_id = @OwnerUserId)
         OR (a.guild_id IS NULL AND a.owner_user_id IS NULL AND ((@GuildScope = 0 AND @OwnerScope = 0) OR NOT EXISTS (
             {ScopeCopy}))))
        """;

    /// <summary>
    /// <see cref="Condition"/> without the look for the scope's own copy: the articles of the scope and every global
    /// one. <c>InScope AND NotShadowed</c> is <see cref="Condition"/>; a ranked search applies the two apart, so that
    /// the copy is looked for only among the best-ranked articles (PostgreSQL).
    /// </summary>
    public const string InScope = """
        (a.guild_id = @GuildId
         OR (a.guild_id IS NULL AND a.owner_user_id = @OwnerUserId)
         OR (a.guild_id IS NULL AND a.owner_user_id IS NULL))
        """;

    /// <summary>The rest of <see cref="Condition"/>: not a global article that the scope holds its own copy of.</summary>
    public const string NotShadowed = $"""
        (a.guild_id IS NOT NULL OR a.owner_user_id IS NOT NULL OR (@GuildScope = 0 AND @OwnerScope = 0) OR NOT EXISTS (
             {ScopeCopy}))
        """;

    private const string ScopeCopy = """
        SELECT 1 FROM articles own
                     WHERE coalesce(own.guild_id, 0) = @GuildScope AND coalesce(own.owner_user_id, 0) = @OwnerScope
                       AND own.url = a.url AND own.id <> a.id
        """;

    public static (long? GuildId, long? OwnerUserId, long GuildScope, long OwnerScope) Parameters(ArticleScope scope)
    {
        var guildId = DbValues.Id(scope.GuildId);
        var ownerUserId = scope.GuildId is null ? DbValues.Id(scope.OwnerUserId) : null;
        return (guildId, ownerUserId, guildId ?? 0, ownerUserId ?? 0);
    }
}
