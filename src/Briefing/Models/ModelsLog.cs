using Microsoft.Extensions.Logging;

namespace Briefing.Models;

/// <summary>Source-generated log messages of the model client (shared by summaries and answers). Never a key, prompt or article text.</summary>
internal static partial class ModelsLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Model call for {Purpose} timed out after {Timeout}.")]
    public static partial void ModelTimedOut(ILogger logger, string purpose, TimeSpan timeout);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Model call for {Purpose} failed: HTTP {Status} ({ExceptionType}).")]
    public static partial void ModelFailed(ILogger logger, string purpose, int status, string exceptionType);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Model refused the {Purpose} request ({Code}).")]
    public static partial void ModelRefused(ILogger logger, string purpose, string code);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Model returned {Length} characters for {Purpose} that are not the required JSON.")]
    public static partial void ModelInvalidJson(ILogger logger, string purpose, int length);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Model JSON for {Purpose} does not match the schema ({Violation}).")]
    public static partial void ModelOffSchema(ILogger logger, string purpose, string violation);
}
