using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// The per-user bound on autocomplete requests: the same sliding window as <see cref="UserRateLimiter"/>, but its own
/// counts and a generous budget (<see cref="CommandOptions.AutocompletePermits"/> per window), so typing never spends
/// the model-backed permits and a client flooding suggestions is still held back.
/// </summary>
public sealed class AutocompleteRateLimiter(TimeProvider timeProvider, IOptions<CommandOptions> options)
{
    private readonly UserRateLimiter _window = new(timeProvider, Options.Create(new CommandOptions
    {
        RateLimitPermits = options.Value.AutocompletePermits,
        RateLimitWindow = options.Value.RateLimitWindow,
    }));

    public bool TryAcquire(ulong userId) => _window.TryAcquire(userId, out _);
}
