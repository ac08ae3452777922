using Briefing.Discord.Interactions;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>A test double of the edge <see cref="ICommandRegistrationStateStore"/> (the bot keeps it in its database): remembers values in memory.</summary>
internal sealed class RememberingRegistrationStateStore : ICommandRegistrationStateStore
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        _values[key] = value;
        return Task.CompletedTask;
    }
}
