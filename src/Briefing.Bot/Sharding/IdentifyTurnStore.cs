using System.Globalization;
using Briefing.Storage;
using Dapper;

namespace Briefing.Bot.Sharding;

/// <summary>
/// IDENTIFY turns in the database, one row per <c>max_concurrency</c> bucket: the earliest time (Unix milliseconds) the
/// bucket may IDENTIFY again. Taking a turn is one upsert whose update only applies once that time has passed, so two
/// instances racing for a bucket cannot both win (PostgreSQL makes the second wait for the first's row and re-checks).
/// The rows live in the <c>settings</c> table under <c>gateway:identify-turn:&lt;bucket&gt;</c>: a timestamp per bucket
/// is all the state there is, and the same SQL runs on both engines without a schema change.
/// </summary>
internal sealed class IdentifyTurnStore(IDbConnectionFactory connections)
{
    private const string KeyPrefix = "gateway:identify-turn:";
    private const string Take = """
        INSERT INTO settings (key, value) VALUES (@Key, @NextAt)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        WHERE CAST(settings.value AS bigint) <= @Now
        """;
    private const string Select = "SELECT value FROM settings WHERE key = @Key";
    // Our own reservation (still the row's value) becomes the time counted from the send, earlier or later; a turn
    // taken meanwhile by someone else (ours ran out before the send) is only ever moved later.
    private const string MarkSent = """
        INSERT INTO settings (key, value) VALUES (@Key, @NextAt)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        WHERE settings.value = @Reserved OR CAST(settings.value AS bigint) < CAST(excluded.value AS bigint)
        """;

    /// <summary>
    /// Takes the bucket's turn when its time has come (no IDENTIFY until <paramref name="nextAt"/> for anyone after) and
    /// returns null; otherwise leaves it and returns when the bucket frees.
    /// </summary>
    public async Task<DateTimeOffset?> TryTakeAsync(int bucket, DateTimeOffset now, DateTimeOffset nextAt, CancellationToken cancellationToken)
    {
        var key = Key(bucket);
        var parameters = new
        {
            Key = key,
            Now = now.ToUnixTimeMilliseconds(),
            NextAt = nextAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteAsync(new CommandDefinition(Take, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1)
        {
            return null;
        }

        var value = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Select, new { Key = key }, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        // Gone or unreadable between the two statements: the caller simply tries again now.
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : now;
    }

    /// <summary>
    /// The turn's IDENTIFY went out: the bucket's next allowed time becomes <paramref name="nextAt"/>. While the row still
    /// holds this turn's <paramref name="reservedUntil"/> it is set outright (the unused part of the send allowance is
    /// given back); otherwise it only moves later.
    /// </summary>
    public async Task MarkSentAsync(int bucket, DateTimeOffset? reservedUntil, DateTimeOffset nextAt, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            Key = Key(bucket),
            NextAt = nextAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Reserved = reservedUntil?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(MarkSent, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static string Key(int bucket) => KeyPrefix + bucket.ToString(CultureInfo.InvariantCulture);
}
