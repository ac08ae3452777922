using Briefing.Discord.Interactions;
using Briefing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Keeps the hash of the last registered command set in the database (<see cref="IKeyValueStore"/>), so a
/// restart does not PUT the commands again (Discord allows 200 command creates per day per guild).
/// The key-value store may be scoped (it holds a connection); each call opens its own scope.
/// </summary>
public sealed class KeyValueCommandRegistrationStateStore(IServiceScopeFactory scopeFactory) : ICommandRegistrationStateStore
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IKeyValueStore>().GetAsync(key, cancellationToken);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IKeyValueStore>().SetAsync(key, value, cancellationToken);
    }
}
