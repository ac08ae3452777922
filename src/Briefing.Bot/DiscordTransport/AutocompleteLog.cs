using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>Log lines of autocomplete answers. Never what was typed (it may be anything), only its shape.</summary>
internal static partial class AutocompleteLog
{
    [LoggerMessage(EventId = 5150, Level = LogLevel.Warning, Message = "Autocomplete interaction {InteractionId} rejected ({Problem}); answered with no suggestions")]
    public static partial void Rejected(ILogger logger, ulong interactionId, string problem);

    [LoggerMessage(EventId = 5151, Level = LogLevel.Information, Message = "Autocomplete interaction {InteractionId}: typed text of over {MaxLength} characters cut")]
    public static partial void Truncated(ILogger logger, ulong interactionId, int maxLength);

    [LoggerMessage(EventId = 5152, Level = LogLevel.Error, Message = "Autocomplete interaction {InteractionId} failed; answered with no suggestions")]
    public static partial void Failed(ILogger logger, ulong interactionId, Exception exception);

    [LoggerMessage(EventId = 5153, Level = LogLevel.Warning, Message = "Could not send suggestions for autocomplete interaction {InteractionId}")]
    public static partial void AnswerFailed(ILogger logger, ulong interactionId, Exception exception);
}
