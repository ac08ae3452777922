namespace Briefing.Bot.Commands;

/// <summary>A user's message in a thread, as a transport hands it to <see cref="FollowUpHandler"/>.</summary>
public sealed record ThreadMessage(ulong ThreadId, ulong? GuildId, ulong UserId, string Text);
