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
    /// <summary>
    /// Takes up to <paramref name="limit"/> due feeds for this instance until <c>now + lease</c>: feeds another
    /// instance holds are skipped, so each feed is polled once. Recording a success or failure releases the claim.
    /// </summary>
    Task<IReadOnlyList<Feed>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken);
    /// <summary>A poll that worked: clears the failure count and releases the claim. <paramref name="lastError"/> names skipped items (null when none).</summary>
    Task RecordSuccessAsync(long id, string? title, string? etag, string? lastModified, string? lastError, DateTimeOffset polledAt, DateTimeOffset nextPollAt, CancellationToken cancellationToken);
    Task RecordFailureAsync(long id, string error, DateTimeOffset polledAt, DateTimeOffset nextPollAt, bool disable, CancellationToken cancellationToken);
}
