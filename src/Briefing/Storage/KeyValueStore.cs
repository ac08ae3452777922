using Dapper;

namespace Briefing.Storage;

/// <summary>Small settings in the <c>settings</c> table; the same SQL on both engines.</summary>
internal sealed class KeyValueStore : IKeyValueStore
{
    private const string Select = "SELECT value FROM settings WHERE key = @Key";
    private const string Upsert = "INSERT INTO settings (key, value) VALUES (@Key, @Value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    private readonly IDbConnectionFactory _connections;

    public KeyValueStore(IDbConnectionFactory connections) => _connections = connections;

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Select, new { Key = key }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, new { Key = key, Value = value }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
