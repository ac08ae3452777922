namespace Briefing.Discord.Messages;

/// <summary>A thread the bot opened and the message it hangs on (for a forum post, the starter message shares the thread's id).</summary>
public sealed record StartedThread(ulong ThreadId, ulong MessageId);
