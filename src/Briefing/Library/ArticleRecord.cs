namespace Briefing.Library;

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
    public string Origin { get; set; } = "";
    public string Body { get; set; } = "";
}
