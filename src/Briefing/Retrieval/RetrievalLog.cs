using Microsoft.Extensions.Logging;

namespace Briefing.Retrieval;

/// <summary>Log messages of retrieval and the embedding indexer.</summary>
internal static partial class RetrievalLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Count} articles with {Model}")]
    public static partial void Indexed(ILogger logger, int count, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The embedder returned no usable vector for article {ArticleId} ({Model}); it stays pending")]
    public static partial void BadVector(ILogger logger, long articleId, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding the query failed; the search is lexical only")]
    public static partial void QueryEmbeddingFailed(ILogger logger, Exception exception);
}
