namespace Briefing.Storage;

/// <summary>A search result row; mutable because SQLite reports no column types for an empty result.</summary>
internal sealed class SearchHitRecord
{
    public long ArticleId { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Snippet { get; set; }
    public double Score { get; set; }

    /// <summary>Which of several fallback steps found the row, from 0, where one statement tried them in order (PostgreSQL).</summary>
    public long Step { get; set; }

    public SearchHit ToHit() => new(ArticleId, Title, Url, Snippet ?? "", Score);
}
