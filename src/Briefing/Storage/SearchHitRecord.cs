namespace Briefing.Storage;

/// <summary>A search result row; mutable because SQLite reports no column types for an empty result.</summary>
internal sealed class SearchHitRecord
{
    public long ArticleId { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Snippet { get; set; }
    public double Score { get; set; }

    public SearchHit ToHit() => new(ArticleId, Title, Url, Snippet ?? "", Score);
}
