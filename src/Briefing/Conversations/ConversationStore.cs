using Briefing.Storage;
using Dapper;

namespace Briefing.Conversations;

/// <summary>Threads bound to articles and their bounded history; the same SQL on both engines.</summary>
internal sealed class ConversationStore : IConversationStore
{
    private const string Bind = """
        INSERT INTO conversation_threads (thread_id, guild_id, article_id, created_at) VALUES (@ThreadId, @GuildId, @ArticleId, @CreatedAt)
        ON CONFLICT (thread_id) DO UPDATE SET guild_id = excluded.guild_id, article_id = excluded.article_id
        """;
    // A conversation rebound to another article (a direct message after its next summary) starts afresh: questions
    // about the earlier article are no context for the new one.
    private const string ForgetOtherArticle = """
        DELETE FROM conversation_turns WHERE thread_id = @ThreadId
          AND EXISTS (SELECT 1 FROM conversation_threads t WHERE t.thread_id = @ThreadId AND t.article_id <> @ArticleId)
        """;
    private const string SelectArticle = "SELECT article_id FROM conversation_threads WHERE thread_id = @ThreadId";
    private const string InsertTurn = "INSERT INTO conversation_turns (thread_id, role, text, at) VALUES (@ThreadId, @Role, @Text, @At)";
    // Turn ids grow with insertion, so "newest" is the highest id, whatever clock the turns carry.
    private const string Trim = """
        DELETE FROM conversation_turns WHERE thread_id = @ThreadId AND id NOT IN (
            SELECT id FROM conversation_turns WHERE thread_id = @ThreadId ORDER BY id DESC LIMIT @Keep)
        """;
    private const string SelectTurns = """
        SELECT role AS Role, text AS Text, at AS At FROM conversation_turns
        WHERE thread_id = @ThreadId ORDER BY id DESC LIMIT @Limit
        """;

    private readonly IDbConnectionFactory _connections;

    public ConversationStore(IDbConnectionFactory connections) => _connections = connections;

    public async Task BindThreadAsync(ulong threadId, ulong? guildId, long articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { ThreadId = DbValues.Id(threadId), GuildId = DbValues.Id(guildId), ArticleId = articleId, CreatedAt = DbValues.Time(_connections.Provider, now) };
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(ForgetOtherArticle, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Bind, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long?> GetThreadArticleAsync(ulong threadId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SelectArticle, new { ThreadId = DbValues.Id(threadId) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task AppendTurnAsync(ulong threadId, ConversationTurn turn, int keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var thread = DbValues.Id(threadId);
        var parameters = new { ThreadId = thread, Role = turn.Role.ToString(), turn.Text, At = DbValues.Time(_connections.Provider, turn.At) };
        await connection.ExecuteAsync(new CommandDefinition(InsertTurn, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Trim, new { ThreadId = thread, Keep = keep }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ConversationTurn>> GetTurnsAsync(ulong threadId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectTurns, new { ThreadId = DbValues.Id(threadId), Limit = Math.Max(0, limit) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        // Read newest first to apply the limit, then return oldest first as a conversation reads.
        return rows.Reverse().Select(r => new ConversationTurn(Enum.Parse<ConversationRole>(r.Role), r.Text, DbValues.ReadTime(r.At))).ToList();
    }

    private sealed class Row
    {
        public string Role { get; set; } = "";
        public string Text { get; set; } = "";
        public object At { get; set; } = "";
    }
}
