using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Briefing.Storage.Postgres;

/// <summary>
/// Runs one of the search statements as a prepared statement. Npgsql keeps a statement
/// prepared on each pooled connection across its returns to the pool and finds it again by its text, so PostgreSQL
/// parses and analyses the ~4 KB text once per connection instead of at every search; with a generic plan
/// (the statements ask for one) it plans it once too. At 100,000 articles that was 0.3 to 0.8 ms of each statement
/// (pgbench, same statements, parsed every time against prepared), and a fallback runs three. Npgsql refuses to
/// prepare on a multiplexing data source, whose commands go out on whichever connection is free; there the statements
/// run unprepared.
/// </summary>
internal static class PreparedQuery
{
    /// <summary>False where Npgsql cannot prepare: a connection string that turns multiplexing on.</summary>
    public static bool IsPossibleWith(string connectionString) => !new NpgsqlConnectionStringBuilder(connectionString).Multiplexing;

    /// <summary>
    /// The rows of <paramref name="sql"/>'s second statement. The first sets the settings it runs with
    /// (set_config local to the transaction): Npgsql sends a command's statements with one Sync at the end, so
    /// PostgreSQL runs them in one implicit transaction, and the settings end with the command, without the BEGIN and
    /// the COMMIT round trip of a transaction of its own.
    /// </summary>
    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, NpgsqlParameter[] parameters, bool prepare, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters);
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var parse = reader.GetRowParser<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(parse(reader));
        }

        return rows;
    }

    /// <summary>A parameter typed by its value's type (text, text[], integer, bigint).</summary>
    public static NpgsqlParameter Value<T>(string name, T value) => new NpgsqlParameter<T>(name, value);

    /// <summary>
    /// A bigint that may be null, typed either way: a parameter of another type would make Npgsql prepare the
    /// statement again for it.
    /// </summary>
    public static NpgsqlParameter Id(string name, long? value) =>
        new(name, NpgsqlDbType.Bigint) { Value = value is { } id ? id : DBNull.Value };
}
