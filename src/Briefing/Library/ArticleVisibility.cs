using Briefing.Articles;

namespace Briefing.Library;

/// <summary>The one SQL condition that decides which articles (aliased <c>a</c>) a scope may read.</summary>
internal static class ArticleVisibility
{
    /// <summary>
    /// The guild's own articles, and global ones; from direct messages (no guild) the user's own and global ones.
    /// Parameters <c>@GuildId</c> and <c>@OwnerUserId</c> come from <see cref="Parameters"/>.
    /// </summary>
    public const string Condition = "(a.guild_id = @GuildId OR (a.guild_id IS NULL AND (a.owner_user_id IS NULL OR a.owner_user_id = @OwnerUserId)))";

    public static (long? GuildId, long? OwnerUserId) Parameters(ArticleScope scope) =>
        (DbValues.Id(scope.GuildId), scope.GuildId is null ? DbValues.Id(scope.OwnerUserId) : null);
}
