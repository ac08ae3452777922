using System.Text.Json;
using Briefing.Storage;
using Briefing.Summaries;
using Dapper;

namespace Briefing.Summaries;

/// <summary>Summaries stored as JSON under (content hash, engine, model, prompt hash, length); the same SQL on both engines.</summary>
internal sealed class SummaryCache : ISummaryCache
{
    private const string Select = """
        SELECT summary_json FROM summaries
        WHERE content_hash = @ContentHash AND engine = @Engine AND model = @Model AND prompt_hash = @PromptHash AND length = @Length
        """;
    private const string Upsert = """
        INSERT INTO summaries (content_hash, engine, model, prompt_hash, length, summary_json, created_at)
        VALUES (@ContentHash, @Engine, @Model, @PromptHash, @Length, @Json, @CreatedAt)
        ON CONFLICT (content_hash, engine, model, prompt_hash, length)
        DO UPDATE SET summary_json = excluded.summary_json, created_at = excluded.created_at
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;

    public SummaryCache(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
    }

    public async Task<ArgumentSummary?> GetAsync(SummaryCacheKey key, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Select, Parameters(key), cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ArgumentSummary>(json, Json);
        }
        catch (JsonException)
        {
            // A summary written in an older shape is a miss: it is summarised again and overwritten.
            return null;
        }
    }

    public async Task PutAsync(SummaryCacheKey key, ArgumentSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var parameters = new DynamicParameters(Parameters(key));
        parameters.Add("Json", JsonSerializer.Serialize(summary, Json));
        parameters.Add("CreatedAt", DbValues.Time(_connections.Provider, _time.GetUtcNow()));
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static object Parameters(SummaryCacheKey key) => new
    {
        key.ContentHash,
        key.Engine,
        key.Model,
        key.PromptHash,
        Length = key.Length.ToString(),
    };
}
