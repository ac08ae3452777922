namespace Briefing.Conversations;

/// <summary>Threads the bot opened (bound to an article) and their bounded history, kept across restarts.</summary>
public interface IConversationStore
{
    /// <summary>Binds (or rebinds) a thread, or a direct message, to an article; rebinding to another article forgets the history.</summary>
    Task BindThreadAsync(ulong threadId, ulong? guildId, long articleId, DateTimeOffset now, CancellationToken cancellationToken);
    /// <summary>The article a thread is bound to, or null when the bot did not open it.</summary>
    Task<long?> GetThreadArticleAsync(ulong threadId, CancellationToken cancellationToken);
    /// <summary>Appends a turn and trims the thread's history to the newest <paramref name="keep"/> turns.</summary>
    Task AppendTurnAsync(ulong threadId, ConversationTurn turn, int keep, CancellationToken cancellationToken);
    Task<IReadOnlyList<ConversationTurn>> GetTurnsAsync(ulong threadId, int limit, CancellationToken cancellationToken);
}
