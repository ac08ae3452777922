using Microsoft.Extensions.Logging;

namespace Briefing.Summaries;

/// <summary>Source-generated log messages of the summaries and follow-up answers. Never a key, prompt or article text.</summary>
internal static partial class SummariesLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Model call for {Purpose} timed out after {Timeout}.")]
    public static partial void ModelTimedOut(ILogger logger, string purpose, TimeSpan timeout);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Model call for {Purpose} failed: HTTP {Status} ({ExceptionType}).")]
    public static partial void ModelFailed(ILogger logger, string purpose, int status, string exceptionType);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Model refused the {Purpose} request ({Code}).")]
    public static partial void ModelRefused(ILogger logger, string purpose, string code);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Model returned {Length} characters for {Purpose} that are not the required JSON.")]
    public static partial void ModelInvalidJson(ILogger logger, string purpose, int length);

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

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Model answer failed ({Reason}); the extractive answerer answers.")]
    public static partial void AnswerFellBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Model digest line for article {ArticleId} failed ({Reason}); the summary thesis is used.")]
    public static partial void DigestLineFellBack(ILogger logger, long articleId, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Model JSON for {Purpose} does not match the schema ({Violation}).")]
    public static partial void ModelOffSchema(ILogger logger, string purpose, string violation);
}
