namespace Briefing.Articles;

/// <summary>
/// Whose library a read or a write is about: the global library (every guild sees it), one guild's (its own
/// articles plus the global ones), or one user's direct messages (that user's own articles plus the global ones).
/// A guild id converts implicitly (null = global), which is what every caller that knows only a guild means.
/// </summary>
public readonly record struct ArticleScope
{
    private ArticleScope(ulong? guildId, ulong? ownerUserId)
    {
        GuildId = guildId;
        OwnerUserId = ownerUserId;
    }

    /// <summary>The guild whose library this is; null outside a guild.</summary>
    public ulong? GuildId { get; }

    /// <summary>The user whose direct-message library this is; null inside a guild and for the global library.</summary>
    public ulong? OwnerUserId { get; }

    public static ArticleScope Global => default;

    public bool IsGlobal => GuildId is null && OwnerUserId is null;

    public static ArticleScope Guild(ulong guildId) => new(guildId, null);

    public static ArticleScope DirectMessages(ulong userId) => new(null, userId);

    /// <summary>Where a command was typed: its guild, or (no guild) the user's direct messages.</summary>
    public static ArticleScope Of(ulong? guildId, ulong userId) => guildId is { } guild ? Guild(guild) : DirectMessages(userId);

    public static ArticleScope FromGuildId(ulong? guildId) => guildId is { } guild ? Guild(guild) : Global;

    public static implicit operator ArticleScope(ulong? guildId) => FromGuildId(guildId);

    /// <summary>True when the article is global, or belongs to exactly this guild or this user.</summary>
    public bool CanSee(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.GuildId is { } guild
            ? guild == GuildId
            : article.OwnerUserId is not { } owner || owner == OwnerUserId;
    }

    public override string ToString() =>
        GuildId is { } guild ? $"guild {guild}" : OwnerUserId is { } user ? $"direct messages of {user}" : "global";
}
