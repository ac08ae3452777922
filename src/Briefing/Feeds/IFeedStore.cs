namespace Briefing.Feeds;

/// <summary>Feeds and their polling state.</summary>
public interface IFeedStore
{
    /// <summary>Adds a feed or returns the existing one with the same URL in the same scope.</summary>
    Task<Feed> AddAsync(string url, ulong? guildId, DateTimeOffset now, CancellationToken cancellationToken);
    Task<Feed?> GetAsync(long id, CancellationToken cancellationToken);
    Task<IReadOnlyList<Feed>> ListAsync(ulong? guildId, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(long id, ulong? guildId, CancellationToken cancellationToken);
    /// <summary>Enabled feeds whose next poll is due.</summary>
    Task<IReadOnlyList<Feed>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
    Task RecordSuccessAsync(long id, string? title, string? etag, string? lastModified, DateTimeOffset polledAt, DateTimeOffset nextPollAt, CancellationToken cancellationToken);
    Task RecordFailureAsync(long id, string error, DateTimeOffset polledAt, DateTimeOffset nextPollAt, bool disable, CancellationToken cancellationToken);
}
