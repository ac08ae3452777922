namespace Briefing.Storage;

/// <summary>An article near a query vector; <see cref="Similarity"/> is the cosine (higher is nearer).</summary>
public sealed record EmbeddingMatch(long ArticleId, double Similarity, float[] Vector);
