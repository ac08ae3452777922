namespace Briefing.Discord.Models;

/// <summary>
/// A chat-input (slash) command declared in code; serialized as one item of the bulk overwrite PUT.
/// Checked by <see cref="SlashCommandValidator"/> before registration.
/// </summary>
public sealed record SlashCommand
{
    /// <summary>1-32 characters, lowercase, <c>^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$</c>.</summary>
    public string Name { get; init; } = "";
    /// <summary>1-100 characters.</summary>
    public string Description { get; init; } = "";
    /// <summary>1 = CHAT_INPUT.</summary>
    public int Type { get; init; } = 1;
    /// <summary>At most 25; required options before optional ones.</summary>
    public IReadOnlyList<SlashCommandOption> Options { get; init; } = [];
    /// <summary>Permission bits a member needs by default (sent as a string); null = everyone.</summary>
    public ulong? DefaultMemberPermissions { get; init; }
}
