using Briefing.Digests;
using Briefing.Storage;
using Dapper;

namespace Briefing.Digests;

/// <summary>
/// Digest run leases, one row per channel. Taking a lease is one upsert whose update only applies when the row
/// is expired or already the caller's, so two instances racing for it cannot both win (on SQLite the write lock
/// serialises them; on PostgreSQL the conflicting insert waits for the other's row and re-checks the condition).
/// </summary>
internal sealed class DigestLeaseStore(IDbConnectionFactory connections) : IDigestLeaseStore
{
    private const string Acquire = """
        INSERT INTO digest_leases (channel_id, owner, expires_at) VALUES (@ChannelId, @Owner, @ExpiresAt)
        ON CONFLICT (channel_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
        WHERE digest_leases.owner = excluded.owner OR digest_leases.expires_at <= @Now
        """;
    private const string Release = "DELETE FROM digest_leases WHERE channel_id = @ChannelId AND owner = @Owner";

    public async Task<bool> TryAcquireAsync(ulong channelId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var provider = connections.Provider;
        var parameters = new { ChannelId = DbValues.Id(channelId), Owner = owner, Now = DbValues.Time(provider, now), ExpiresAt = DbValues.Time(provider, expiresAt) };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(Acquire, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    public async Task ReleaseAsync(ulong channelId, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Release, new { ChannelId = DbValues.Id(channelId), Owner = owner }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
