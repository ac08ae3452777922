using Microsoft.Extensions.Logging;

namespace Briefing.Conversations;

/// <summary>Source-generated log messages of the follow-up answers. Never a key, prompt or article text.</summary>
internal static partial class ConversationsLog
{
    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Model answer failed ({Reason}); the extractive answerer answers.")]
    public static partial void AnswerFellBack(ILogger logger, string reason);
}
