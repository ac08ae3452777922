namespace Briefing.Storage;

/// <summary>One ranked search result; higher <see cref="Score"/> is better.</summary>
public sealed record SearchHit(long ArticleId, string Title, string Url, string Snippet, double Score)
{
    /// <summary>The same story stored from other sites, folded into this result (best ranked first).</summary>
    public IReadOnlyList<SearchHit> SameStory { get; init; } = [];
}
