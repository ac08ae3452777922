using Briefing.Digests;
using Briefing.Storage;
using Dapper;

namespace Briefing.Digests;

/// <summary>
/// The once-only ledger. A claim is INSERT ... ON CONFLICT DO NOTHING followed by a read: whichever process
/// inserted first owns the row, and every later claim (any process) reads back that row and its nonce.
/// </summary>
internal sealed class DeliveryLedger : IDeliveryLedger
{
    private const string Columns = "delivery_key AS DeliveryKey, nonce AS Nonce, claimed_at AS ClaimedAt, completed_at AS CompletedAt, message_ids AS MessageIds, covers_until AS CoversUntil";
    private const string Insert = """
        INSERT INTO delivery_ledger (delivery_key, nonce, claimed_at) VALUES (@DeliveryKey, @Nonce, @ClaimedAt)
        ON CONFLICT (delivery_key) DO NOTHING
        """;
    private const string InsertRun = """
        INSERT INTO delivery_ledger (delivery_key, nonce, claimed_at, covers_until) VALUES (@DeliveryKey, @Nonce, @ClaimedAt, @CoversUntil)
        ON CONFLICT (delivery_key) DO NOTHING
        """;
    private const string Select = $"SELECT {Columns} FROM delivery_ledger WHERE delivery_key = @DeliveryKey";
    private const string Complete = "UPDATE delivery_ledger SET completed_at = @CompletedAt, message_ids = @MessageIds WHERE delivery_key = @DeliveryKey";

    private readonly IDbConnectionFactory _connections;

    public DeliveryLedger(IDbConnectionFactory connections) => _connections = connections;

    public Task<DeliveryEntry> ClaimAsync(string deliveryKey, string nonce, DateTimeOffset now, CancellationToken cancellationToken) =>
        ClaimAsync(Insert, new { DeliveryKey = deliveryKey, Nonce = nonce, ClaimedAt = DbValues.Time(_connections.Provider, now) }, deliveryKey, cancellationToken);

    public Task<DeliveryEntry> ClaimRunAsync(string deliveryKey, string nonce, DateTimeOffset now, DateTimeOffset coversUntil, CancellationToken cancellationToken) =>
        ClaimAsync(InsertRun, new
        {
            DeliveryKey = deliveryKey,
            Nonce = nonce,
            ClaimedAt = DbValues.Time(_connections.Provider, now),
            CoversUntil = DbValues.Time(_connections.Provider, coversUntil),
        }, deliveryKey, cancellationToken);

    private async Task<DeliveryEntry> ClaimAsync(string insert, object parameters, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(insert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(Select, new { DeliveryKey = deliveryKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToEntry();
    }

    public async Task CompleteAsync(string deliveryKey, string messageIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { DeliveryKey = deliveryKey, MessageIds = messageIds, CompletedAt = DbValues.Time(_connections.Provider, now) };
        var updated = await connection.ExecuteAsync(new CommandDefinition(Complete, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Delivery '{deliveryKey}' was never claimed, so it cannot be completed.");
        }
    }

    public async Task<DeliveryEntry?> GetAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { DeliveryKey = deliveryKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToEntry();
    }

    private sealed class Row
    {
        public string DeliveryKey { get; set; } = "";
        public string Nonce { get; set; } = "";
        public object ClaimedAt { get; set; } = "";
        public object? CompletedAt { get; set; }
        public string? MessageIds { get; set; }
        public object? CoversUntil { get; set; }

        public DeliveryEntry ToEntry() =>
            new(DeliveryKey, Nonce, DbValues.ReadTime(ClaimedAt), DbValues.ReadNullableTime(CompletedAt), MessageIds, DbValues.ReadNullableTime(CoversUntil));
    }
}
