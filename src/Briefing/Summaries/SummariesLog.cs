using Microsoft.Extensions.Logging;

namespace Briefing.Summaries;

/// <summary>Source-generated log messages of the summaries. Never a key, prompt or article text.</summary>
internal static partial class SummariesLog
{
    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Quote for article {ArticleId} not found verbatim; re-anchored to paragraph {Paragraph}.")]
    public static partial void QuoteReanchored(ILogger logger, long articleId, int paragraph);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Quote for article {ArticleId} not found in the article; item dropped.")]
    public static partial void QuoteDropped(ILogger logger, long articleId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Model summary of article {ArticleId} failed ({Reason}); the extractive engine answers.")]
    public static partial void SummaryFellBack(ILogger logger, long articleId, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "Summary cache hit for article {ArticleId} ({Engine}, {Length}).")]
    public static partial void CacheHit(ILogger logger, long articleId, string engine, SummaryLength length);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Article {ArticleId} is {Tokens} tokens; summarizing in {Chunks} chunks.")]
    public static partial void Chunking(ILogger logger, long articleId, int tokens, int chunks);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Model digest line for article {ArticleId} failed ({Reason}); the summary thesis is used.")]
    public static partial void DigestLineFellBack(ILogger logger, long articleId, string reason);
}
