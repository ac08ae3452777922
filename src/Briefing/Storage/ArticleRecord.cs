using System.Text.Json;
using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>The articles row as Dapper reads and writes it (times as provider values, see <see cref="DbValues"/>).</summary>
internal sealed class ArticleRecord
{
    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string Authors { get; set; } = "[]";
    public string? SiteName { get; set; }
    public object? PublishedAt { get; set; }
    public object FetchedAt { get; set; } = "";
    public object UpdatedAt { get; set; } = "";
    public string? Language { get; set; }
    public string ContentHash { get; set; } = "";
    public long? GuildId { get; set; }
    public long? OwnerUserId { get; set; }
    public bool InDigest { get; set; } = true;
    /// <summary>The scope as the unique indexes see it: coalesce(guild_id, 0), coalesce(owner_user_id, 0).</summary>
    public long GuildScope => GuildId ?? 0;
    public long OwnerScope => OwnerUserId ?? 0;
    public string Origin { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>The row for a draft: canonical URL, trimmed title, content hash of the normalised paragraphs.</summary>
    public static ArticleRecord FromDraft(ArticleDraft draft, IReadOnlyList<string> paragraphs, object now, StorageProvider provider)
    {
        var title = ArticleText.NormalizeLine(draft.Title);
        if (title.Length == 0)
        {
            throw new ArgumentException($"Article '{draft.Url}' has no title.", nameof(draft));
        }

        if (paragraphs.Count == 0)
        {
            throw new ArgumentException($"Article '{draft.Url}' has no text.", nameof(draft));
        }

        return new ArticleRecord
        {
            Url = CanonicalUrl.Normalize(draft.Url),
            Title = title,
            Authors = JsonSerializer.Serialize((draft.Authors ?? []).Select(ArticleText.NormalizeLine).Where(a => a.Length > 0).ToList()),
            SiteName = NullIfEmpty(ArticleText.NormalizeLine(draft.SiteName)),
            PublishedAt = DbValues.Time(provider, draft.PublishedAt),
            FetchedAt = now,
            UpdatedAt = now,
            Language = NullIfEmpty(ArticleText.NormalizeLine(draft.Language)),
            ContentHash = ArticleText.ContentHash(paragraphs),
            GuildId = DbValues.Id(draft.GuildId),
            // An owner only counts outside a guild: a guild's article belongs to the guild.
            OwnerUserId = draft.GuildId is null ? DbValues.Id(draft.OwnerUserId) : null,
            InDigest = draft.InDigest,
            Origin = draft.Origin,
            Body = string.Join("\n\n", paragraphs),
        };
    }

    /// <summary>True when <paramref name="other"/> lives in exactly this row's scope (same guild, same owner).</summary>
    public bool SameScope(ArticleRecord other) => GuildScope == other.GuildScope && OwnerScope == other.OwnerScope;

    public Article ToArticle(IReadOnlyList<string> paragraphs) => new()
    {
        Id = Id,
        Url = Url,
        Title = Title,
        Authors = JsonSerializer.Deserialize<string[]>(Authors) ?? [],
        SiteName = SiteName,
        PublishedAt = DbValues.ReadNullableTime(PublishedAt),
        FetchedAt = DbValues.ReadTime(FetchedAt),
        Language = Language,
        Paragraphs = paragraphs,
        ContentHash = ContentHash,
        GuildId = DbValues.ReadId(GuildId),
        OwnerUserId = DbValues.ReadId(OwnerUserId),
        InDigest = InDigest,
        Origin = Origin,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
