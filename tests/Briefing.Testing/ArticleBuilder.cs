using Briefing.Articles;

namespace Briefing.Testing;

/// <summary>
/// Builds test articles: an <see cref="ArticleDraft"/> (what ingestion hands the store) or a stored <see cref="Article"/>
/// (what summaries and answers read). Start from <see cref="Titled"/>, change what the test cares about, keep the rest.
/// Immutable: each step returns a new builder, so a fixture can be a base for several variants.
/// </summary>
public sealed record ArticleBuilder
{
    /// <summary>The fetch time of every built article unless <see cref="Fetched"/> says otherwise.</summary>
    public static readonly DateTimeOffset DefaultFetchedAt = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private string _title = "";
    private IReadOnlyList<string> _paragraphs = [];
    private string _url = "https://example.org/article";
    private IReadOnlyList<string> _authors = [];
    private string? _siteName;
    private DateTimeOffset? _publishedAt;
    private string? _language;
    private ulong? _guildId;
    private ulong? _ownerUserId;
    private bool _inDigest = true;
    private string _origin = "file";
    private long _id = 1;
    private DateTimeOffset _fetchedAt = DefaultFetchedAt;
    private string? _contentHash;

    private ArticleBuilder()
    {
    }

    public static ArticleBuilder Titled(string title, params IReadOnlyList<string> paragraphs) =>
        new() { _title = title, _paragraphs = paragraphs };

    public ArticleBuilder At(string url) => this with { _url = url };

    public ArticleBuilder By(params IReadOnlyList<string> authors) => this with { _authors = authors };

    public ArticleBuilder OnSite(string? siteName) => this with { _siteName = siteName };

    public ArticleBuilder Published(DateTimeOffset? at) => this with { _publishedAt = at };

    public ArticleBuilder InLanguage(string? language) => this with { _language = language };

    /// <summary>The server the article belongs to (null: shared with every server).</summary>
    public ArticleBuilder InGuild(ulong? guildId) => this with { _guildId = guildId };

    /// <summary>The member whose private article it is.</summary>
    public ArticleBuilder OwnedBy(ulong? userId) => this with { _ownerUserId = userId };

    public ArticleBuilder OutOfDigests() => this with { _inDigest = false };

    /// <summary>Where it came from: "url", "file", "feed:3"...</summary>
    public ArticleBuilder FromOrigin(string origin) => this with { _origin = origin };

    /// <summary>The stored id (built articles only).</summary>
    public ArticleBuilder WithId(long id) => this with { _id = id };

    public ArticleBuilder Fetched(DateTimeOffset at) => this with { _fetchedAt = at };

    /// <summary>The stored content hash (built articles only; by default <c>hash-{id}</c>).</summary>
    public ArticleBuilder WithHash(string contentHash) => this with { _contentHash = contentHash };

    public ArticleDraft Draft() => new()
    {
        Url = _url,
        Title = _title,
        Authors = _authors,
        SiteName = _siteName,
        PublishedAt = _publishedAt,
        Language = _language,
        Paragraphs = _paragraphs,
        GuildId = _guildId,
        OwnerUserId = _ownerUserId,
        InDigest = _inDigest,
        Origin = _origin,
    };

    public Article Article() => new()
    {
        Id = _id,
        Url = _url,
        Title = _title,
        Authors = _authors,
        SiteName = _siteName,
        PublishedAt = _publishedAt,
        FetchedAt = _fetchedAt,
        Language = _language,
        Paragraphs = _paragraphs,
        ContentHash = _contentHash ?? $"hash-{_id}",
        GuildId = _guildId,
        OwnerUserId = _ownerUserId,
        InDigest = _inDigest,
        Origin = _origin,
    };
}
