namespace Briefing.Bot.Commands;

/// <summary>
/// A user's message in a thread, as a transport hands it to <see cref="FollowUpHandler"/>.
/// <paramref name="AddressedToBot"/>: the message mentions the bot, i.e. it is an explicit question of its own.
/// </summary>
public sealed record ThreadMessage(ulong ThreadId, ulong? GuildId, ulong UserId, string Text, bool AddressedToBot = false);
