namespace Briefing.Discord.Interactions;

/// <summary>
/// Remembers the hash of the last registered command set, so commands are PUT only when they changed
/// (Discord allows 200 command creates per day per guild). The bot implements it with its database.
/// </summary>
public interface ICommandRegistrationStateStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);
    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
