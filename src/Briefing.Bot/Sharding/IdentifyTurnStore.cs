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
    // Only ever later: a turn taken meanwhile by someone else (ours ran out before the send) keeps its own, later time.
    private const string Push = """
        INSERT INTO settings (key, value) VALUES (@Key, @NextAt)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        WHERE CAST(settings.value AS bigint) < CAST(excluded.value AS bigint)
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

    /// <summary>Moves the bucket's next allowed time on to <paramref name="nextAt"/> unless it is already later.</summary>
    public async Task PushAsync(int bucket, DateTimeOffset nextAt, CancellationToken cancellationToken)
    {
        var parameters = new { Key = Key(bucket), NextAt = nextAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Push, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static string Key(int bucket) => KeyPrefix + bucket.ToString(CultureInfo.InvariantCulture);
}
