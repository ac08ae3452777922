namespace Briefing.Storage;

/// <summary>An article whose vector is missing, stale (other model or text) or corrupt: what the indexer embeds.</summary>
public sealed record PendingEmbedding(long ArticleId, string ContentHash, string Title, IReadOnlyList<string> Paragraphs);
