namespace Briefing.Discord.Models;

/// <summary>
/// Which mentions in a message may ping. <see cref="None"/> (<c>{"parse": []}</c>) is the default on
/// everything the bot sends, so "@everyone" inside an article or model output never pings anyone.
/// </summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    /// <summary>Mention kinds parsed from the content: "users", "roles", "everyone". Empty = none.</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];
    public IReadOnlyList<ulong>? Users { get; init; }
    public IReadOnlyList<ulong>? Roles { get; init; }
    public bool? RepliedUser { get; init; }
}
