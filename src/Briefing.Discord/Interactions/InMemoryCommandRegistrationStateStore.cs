using System.Collections.Concurrent;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Fallback <see cref="ICommandRegistrationStateStore"/> for a process without a database: registers once
/// per process start. The bot replaces it with a database-backed store.
/// </summary>
public sealed class InMemoryCommandRegistrationStateStore : ICommandRegistrationStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        _values[key] = value;
        return Task.CompletedTask;
    }
}
