namespace Briefing.Storage;

/// <summary>One article's stored vector, with the article's scope (null = global) and when the vector was written.</summary>
public sealed record StoredEmbedding(long ArticleId, ulong? GuildId, float[] Vector, DateTimeOffset EmbeddedAt);
