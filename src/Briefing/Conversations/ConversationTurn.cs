namespace Briefing.Conversations;

/// <summary>One message in a thread's bounded history.</summary>
public sealed record ConversationTurn(ConversationRole Role, string Text, DateTimeOffset At);

public enum ConversationRole
{
    User,
    Bot,
}
