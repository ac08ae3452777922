namespace Briefing.Bot.Commands;

/// <summary>
/// What a handler wants posted, independent of transport. The Discord side turns cards into embeds
/// (split to Discord's limits); the console renders them as text.
/// </summary>
public sealed record BotReply
{
    public IReadOnlyList<ReplyMessage> Messages { get; init; } = [];
    /// <summary>Only the invoking user sees it (Discord EPHEMERAL).</summary>
    public bool Ephemeral { get; init; }
    /// <summary>When set, open a thread on the first message with this name and bind it to <see cref="ThreadArticleId"/>.</summary>
    public string? ThreadName { get; init; }
    public long? ThreadArticleId { get; init; }
    /// <summary>Set on a summary: the transport offers its <see cref="SummaryAction"/>s (buttons on the first message on Discord).</summary>
    public SummaryView? Summary { get; init; }

    public static BotReply Text(string content, bool ephemeral = false) =>
        new() { Messages = [new ReplyMessage { Content = content }], Ephemeral = ephemeral };
}

/// <summary>One message: optional plain content and cards.</summary>
public sealed record ReplyMessage
{
    public string? Content { get; init; }
    public IReadOnlyList<ReplyCard> Cards { get; init; } = [];
}

/// <summary>A titled block (a Discord embed): title link, body, named fields, footer.</summary>
public sealed record ReplyCard
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<ReplyField> Fields { get; init; } = [];
    public string? Footer { get; init; }
}

public sealed record ReplyField(string Name, string Value);
