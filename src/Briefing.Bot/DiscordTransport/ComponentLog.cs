using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>Log lines of component clicks. Never the custom_id itself (a forged one may be anything), only its shape.</summary>
internal static partial class ComponentLog
{
    [LoggerMessage(EventId = 5160, Level = LogLevel.Information, Message = "Component interaction {InteractionId} with an unknown custom_id ({Length} characters, well-formed: {WellFormed}); answered that it expired")]
    public static partial void UnknownComponent(ILogger logger, ulong interactionId, int length, bool wellFormed);

    [LoggerMessage(EventId = 5161, Level = LogLevel.Warning, Message = "Could not answer component interaction {InteractionId}")]
    public static partial void AnswerFailed(ILogger logger, ulong interactionId, Exception exception);
}
